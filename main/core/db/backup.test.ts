import { LATEST_VERSION } from './migrations/index.ts';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCustomer } from '../services/customers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { backupTo } from './backup.ts';
import { checkDatabase } from './check.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
  createCustomer(core.ctx, { firstName: 'Zoë', lastName: 'Ábel' });
});
afterEach(() => core.dispose());

it('writes a copy that opens, passes integrity_check and holds the rows', () => {
  const out = join(core.dir, 'copy.db');
  const report = backupTo(core.ctx.db, out);
  expect(report).toMatchObject({ path: out, schemaVersion: LATEST_VERSION });
  expect(report.bytes).toBeGreaterThan(0);
  const copy = new Database(out, { readonly: true });
  expect(copy.prepare('SELECT first_name FROM customers').all()).toEqual([{ first_name: 'Zoë' }]);
  copy.close();
});

it('never overwrites an existing file', () => {
  const out = join(core.dir, 'taken.db');
  writeFileSync(out, 'keep me');
  expect(() => backupTo(core.ctx.db, out)).toThrow(/already exists/);
});

it('refuses to run inside an open write transaction, where the copy could silently miss data', () => {
  const out = join(core.dir, 'mid.db');
  core.ctx.db.transaction(() => {
    expect(() => backupTo(core.ctx.db, out)).toThrow(/being saved/);
  })();
});

it('check reports a healthy database as ok and names orphaned rows', () => {
  expect(checkDatabase(core.ctx.db)).toEqual({ ok: true, problems: [] });
  core.ctx.db.pragma('foreign_keys = OFF');
  core.ctx.db
    .prepare(
      "INSERT INTO interactions (id, customer_id, occurred_at, kind, created_at, updated_at) VALUES ('i', 'ghost', 1, 'visit', 1, 1)",
    )
    .run();
  core.ctx.db.pragma('foreign_keys = ON');
  const report = checkDatabase(core.ctx.db);
  expect(report.ok).toBe(false);
  expect(report.problems).toEqual([
    expect.stringMatching(/interactions row \d+ points at a missing customers row/),
  ]);
});
