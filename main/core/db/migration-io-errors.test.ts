import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDatabaseAt } from '../test-support/schema-fixtures.ts';
import { makeTempDir } from '../test-support/temp-core.ts';
import { LATEST_VERSION } from './migrations/index.ts';
import { openDatabase } from './open.ts';

// I/O errors injected for real in the middle of a migration: the child that opens (and so
// migrates) the old database runs under a file-size limit (RLIMIT_FSIZE, via prlimit). The
// pre-migration backup fits under the limit; the migration's writes do not, and fail with EFBIG
// partway through. The old database must come out byte for byte as it went in.

const CHILD = join(import.meta.dirname, '..', 'test-support', 'storage-child.ts');
const CUSTOMERS = 2000;

let temp: ReturnType<typeof makeTempDir>;
let fixture: string;
let fixtureHash: string;
let fixtureSize: number;
beforeAll(() => {
  temp = makeTempDir();
  fixture = join(temp.dir, 'v10.db');
  // Long tag lists: the upgrade indexes them anew, writing more than twice the file's size.
  buildDatabaseAt(fixture, 10, { customers: CUSTOMERS, tagsPerCustomer: 30 });
  fixtureHash = sha256(fixture);
  fixtureSize = statSync(fixture).size;
});
afterAll(() => temp.dispose());

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function contentOf(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      customers: db.prepare('SELECT count(*) FROM customers').pluck().get(),
      tagged: db.prepare('SELECT count(*) FROM customer_tags').pluck().get(),
      interactions: db.prepare('SELECT count(*) FROM interactions').pluck().get(),
    };
  } finally {
    db.close();
  }
}

it.each([
  ['early in the migration', 100_000],
  ['halfway', 2_000_000],
  ['late', 4_000_000],
])('an I/O error %s leaves the old database untouched, and a later start upgrades it', (_when, extra) => {
  const dir = join(temp.dir, `limit-${extra}`);
  const dbPath = join(dir, 'regulars.db');
  mkdirSync(dir);
  copyFileSync(fixture, dbPath); // closed cleanly: the whole database is this one file
  const before = contentOf(dbPath);

  const limit = fixtureSize + extra;
  const result = spawnSync(
    'prlimit',
    [`--fsize=${limit}:${limit}`, process.execPath, CHILD, 'open', dbPath],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(result.stderr).toBe('');
  const answer = JSON.parse(result.stdout.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;
  expect(answer).toEqual({
    opened: false,
    openError: true,
    message: expect.stringMatching(
      /could not be updated to this version of Regulars \(disk I\/O error\); it was left as it was, and a copy of it is in the backups folder beside it\./,
    ) as string,
  });

  expect(sha256(dbPath)).toBe(fixtureHash);
  expect(contentOf(dbPath)).toEqual(before);
  // The verified copy taken before the migration fit under the limit and is whole.
  const [backup, ...others] = readdirSync(join(dir, 'backups'));
  expect(others).toEqual([]);
  expect(backup).toMatch(/^regulars-v10-before-migration-\d+\.db$/);
  expect(contentOf(join(dir, 'backups', backup ?? ''))).toEqual(before);

  // With room to write, the next start upgrades the same file with every row.
  openDatabase(dbPath).close();
  expect(contentOf(dbPath)).toEqual({ ...before, version: LATEST_VERSION });
});
