import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../core.ts';
import { buildDatabaseAt } from '../../test-support/schema-fixtures.ts';
import { makeTempDir } from '../../test-support/temp-core.ts';
import { openDatabase } from '../open.ts';
import { LATEST_VERSION, MIGRATIONS } from './index.ts';
import { TEST_ACTOR } from '../../test-support/test-actor.ts';

// Every released schema version must open in this version with its rows intact. The fixture of
// each is built by the migrations of that time (not by today's schema), with rows written the
// way that version wrote them; a new migration is covered by this test the day it is listed.

const RELEASED = MIGRATIONS.map((migration) => migration.version).filter(
  (version) => version < LATEST_VERSION,
);

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'regulars.db');
});
afterEach(() => temp.dispose());

type Rows = Record<string, Record<string, unknown>[]>;

/** Every row of every ordinary table, by column name, sorted. Search index internals are left out. */
function readRows(db: Database.Database, columnsOf?: (table: string) => string[] | undefined): Rows {
  const tables = db
    .prepare<[], string>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       AND name NOT LIKE 'customers_search%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all();
  const rows: Rows = {};
  for (const table of tables) {
    const columns =
      columnsOf?.(table) ??
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((c) => c.name);
    const list = columns.map((c) => `"${c}"`).join(', ');
    rows[table] = db
      .prepare(`SELECT ${list} FROM "${table}"`)
      .all()
      .map((row) => row as Record<string, unknown>)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return rows;
}

describe.each(RELEASED)('a database at schema version %i', (version) => {
  it(`opens at version ${LATEST_VERSION} with every row and value it held`, () => {
    buildDatabaseAt(dbPath, version, { customers: 30 });
    const old = new Database(dbPath, { readonly: true });
    const before = readRows(old);
    old.close();
    expect(before.customers?.length).toBe(30);

    const db = openDatabase(dbPath, { now: () => 42 });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Later migrations may add tables and columns; what was there keeps every value.
      const after = readRows(db, (table) => (before[table]?.[0] ? Object.keys(before[table][0]) : undefined));
      for (const [table, rows] of Object.entries(before)) {
        if (rows.length === 0) continue;
        // A migration may start a counter of its own (the reminders' rhythm checksum); the old ones stay.
        const kept =
          table === 'counters'
            ? after[table]?.filter((row) => rows.some((old) => old.name === row.name))
            : after[table];
        expect(kept, `${table} after the upgrade from ${version}`).toEqual(rows);
      }
    } finally {
      db.close();
    }
    expect(readdirSync(join(temp.dir, 'backups'))).toEqual([`regulars-v${version}-before-migration-42.db`]);

    // And the app works on it: search (both indexes), a customer page, a new visit.
    const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
    try {
      const found = core.call('customers:search', { query: 'jose 7', limit: 5 });
      expect(found).toMatchObject({ ok: true, data: [{ id: 'c00007' }] });
      const byTag = core.call('customers:search', { query: 'tag-49-', limit: 50 });
      expect(byTag).toMatchObject({ ok: true, data: [{ id: 'c00007' }] });
      expect(core.call('customers:get', { id: 'c00004' })).toMatchObject({
        ok: true,
        data: { customer: { firstName: 'José 4', email: 'jose4@example.com', phoneE164: '+393331000004' } },
      });
      expect(core.call('interactions:log', { customerId: 'c00004', kind: 'visit' })).toMatchObject({
        ok: true,
      });
    } finally {
      core.close();
    }
  });
});
