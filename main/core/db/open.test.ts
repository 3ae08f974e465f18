import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-core.ts';
import type { Migration } from './migration.ts';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index.ts';
import { APPLICATION_ID, DatabaseOpenError, openDatabase, sqliteVersionIsSafe } from './open.ts';

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'regulars.db');
});
afterEach(() => temp.dispose());

describe('openDatabase', () => {
  it('creates a new database at the latest schema with the safety pragmas on', () => {
    const db = openDatabase(dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('reopens an up-to-date database without migrating or backing it up', () => {
    openDatabase(dbPath).close();
    const db = openDatabase(dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    expect(existsSync(join(temp.dir, 'backups'))).toBe(false);
  });

  it('refuses a database from a newer Regulars and leaves the file byte for byte as it was', () => {
    openDatabase(dbPath).close();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 9990');
    raw.close();
    const before = readFileSync(dbPath);
    expect(() => openDatabase(dbPath)).toThrow(/newer Regulars \(schema 9990/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    writeFileSync(dbPath, 'this is a shopping list, not a database\n'.repeat(200));
    const before = readFileSync(dbPath);
    expect(() => openDatabase(dbPath)).toThrow(DatabaseOpenError);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it("refuses another application's SQLite database and leaves it untouched", () => {
    const other = new Database(dbPath);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('pesto');");
    other.close();
    const before = readFileSync(dbPath);
    expect(() => openDatabase(dbPath)).toThrow(/not a Regulars one/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('backs up an existing database before migrating it, and the rows survive the upgrade', () => {
    const v10 = openDatabase(dbPath);
    v10.exec(`INSERT INTO settings (key, value) VALUES ('shop_name', '"Café Nord"')`);
    v10.close();
    const addColumn: Migration = {
      version: LATEST_VERSION + 10,
      name: 'test step',
      up: 'ALTER TABLE settings ADD COLUMN note TEXT',
    };

    const db = openDatabase(dbPath, { migrations: [...MIGRATIONS, addColumn], now: () => 1234 });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 10);
    expect(db.prepare('SELECT key, value, note FROM settings').all()).toEqual([
      { key: 'shop_name', value: '"Café Nord"', note: null },
    ]);
    db.close();

    const backups = readdirSync(join(temp.dir, 'backups'));
    expect(backups).toEqual([`regulars-v${LATEST_VERSION}-before-migration-1234.db`]);
    const backup = new Database(join(temp.dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(backup.prepare('SELECT value FROM settings').get()).toEqual({ value: '"Café Nord"' });
    backup.close();
  });

  it('rolls a failing migration back completely, leaving the previous version and its rows', () => {
    const v10 = openDatabase(dbPath);
    v10.exec(`INSERT INTO settings (key, value) VALUES ('a', '1')`);
    v10.close();
    const broken: Migration = {
      version: LATEST_VERSION + 10,
      name: 'fails half way',
      up: "CREATE TABLE half (x); INSERT INTO settings VALUES ('b', '2'); SELECT * FROM no_such_table;",
    };
    expect(() => openDatabase(dbPath, { migrations: [...MIGRATIONS, broken] })).toThrow(/no_such_table/);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT key FROM settings').all()).toEqual([{ key: 'a' }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
  });
});

describe('sqliteVersionIsSafe', () => {
  it.each([
    ['3.51.2', false],
    ['3.51.3', true],
    ['3.50.9', false],
    ['3.52.0', true],
    ['3.54.1', true],
    ['4.0.0', true],
    ['2.99.99', false],
  ])('%s → %s', (version, safe) => expect(sqliteVersionIsSafe(version)).toBe(safe));
});
