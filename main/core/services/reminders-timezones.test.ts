import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The same instants are different calendar days in different places: the shop's own time zone
// decides. Each case runs the real core in a child process with that TZ.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'main', 'core', 'test-support', 'rhythm-in-zone.ts');

function rhythmIn(zone: string, today: string, ...instants: string[]) {
  const result = spawnSync(NODE, [SCRIPT, today, ...instants], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TZ: zone },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { asOf: string; rhythm: Record<string, unknown> };
}

// 09:30 and 10:30 UTC on 1 March: the same morning in London, either side of midnight on
// Kiritimati (UTC+14), and the small hours of 1 March in Los Angeles.
const INSTANTS = ['2026-03-01T09:30:00Z', '2026-03-01T10:30:00Z'];

describe('visits in the shop’s time zone', () => {
  it.each([
    ['Europe/London', 1, null, '2026-03-01'],
    ['Pacific/Kiritimati', 2, 1, '2026-03-02'],
    ['America/Los_Angeles', 1, null, '2026-03-01'],
  ])('in %s: %i visit day(s), interval %s', (zone, visits, interval, last) => {
    const { rhythm } = rhythmIn(zone, '2026-03-10T12:00:00Z', ...INSTANTS);
    expect(rhythm).toMatchObject({ visits, intervalDays: interval, lastVisitDate: last });
  });

  it('says "today" by the local calendar too: late evening in Los Angeles is already tomorrow in UTC', () => {
    expect(rhythmIn('America/Los_Angeles', '2026-03-11T06:30:00Z', ...INSTANTS).asOf).toBe('2026-03-10');
    expect(rhythmIn('UTC', '2026-03-11T06:30:00Z', ...INSTANTS).asOf).toBe('2026-03-11');
  });
});
