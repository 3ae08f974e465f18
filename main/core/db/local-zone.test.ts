import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { pinLocalZone, sameZoneByName } from './local-zone.ts';

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

// Instants around the year and its clock changes, far back and ahead.
const INSTANTS = Array.from(
  { length: 24 * 12 },
  (_, i) => Date.UTC(1975 + Math.floor(i / 2), (i * 7) % 12, 1 + (i % 28), i % 24) / 1000,
);

function localTimes(): { sql: string[]; js: number[] } {
  const db = new Database(':memory:');
  try {
    const day = db.prepare<[number], string>("SELECT datetime(?, 'unixepoch', 'localtime')").pluck();
    return {
      sql: INSTANTS.map((at) => day.get(at) ?? ''),
      js: INSTANTS.map((at) => new Date(at * 1000).getTimezoneOffset()),
    };
  } finally {
    db.close();
  }
}

it('names the local zone in TZ only where that changes no local time, in SQLite or in JavaScript', () => {
  delete process.env.TZ;
  const before = localTimes();
  const unpin = pinLocalZone();
  const zone = sameZoneByName({});
  expect(process.env.TZ).toBe(zone ?? undefined);
  expect(localTimes()).toEqual(before);
  unpin();
  expect(process.env.TZ).toBeUndefined();
  expect(localTimes()).toEqual(before);
});

it('leaves a TZ someone set alone', () => {
  process.env.TZ = 'Europe/Paris';
  expect(sameZoneByName()).toBeNull();
  const unpin = pinLocalZone();
  expect(process.env.TZ).toBe('Europe/Paris');
  unpin();
  expect(process.env.TZ).toBe('Europe/Paris');
});

it('does not unset a TZ changed after it pinned its own', () => {
  delete process.env.TZ;
  const unpin = pinLocalZone();
  process.env.TZ = 'Asia/Tokyo';
  unpin();
  expect(process.env.TZ).toBe('Asia/Tokyo');
});
