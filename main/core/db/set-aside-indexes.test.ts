import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-core.ts';
import { manyComparedWith, setAsideIndexes } from './set-aside-indexes.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;
beforeEach(() => {
  temp = makeTempDir();
  db = new Database(join(temp.dir, 'set-aside.db'));
  db.exec(`CREATE TABLE things (id TEXT PRIMARY KEY, code TEXT UNIQUE, name TEXT, at INTEGER);
    CREATE INDEX things_by_name ON things (name) WHERE name <> '';
    CREATE INDEX things_by_at ON things (at, id);
    CREATE UNIQUE INDEX things_by_pair ON things (name, at);
    CREATE TABLE others (n INTEGER);
    CREATE INDEX others_by_n ON others (n);`);
});
afterEach(() => {
  db.close();
  temp.dispose();
});

const indexes = () =>
  db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
const names = () => (indexes() as { name: string }[]).map((index) => index.name);

it('drops only the plain indexes of the table, keeps the unique ones checking, and builds them back as they were', () => {
  const before = indexes();
  db.exec('BEGIN');
  const restore = setAsideIndexes(db, 'things');
  expect(names()).toEqual([
    'others_by_n',
    'sqlite_autoindex_things_1',
    'sqlite_autoindex_things_2',
    'things_by_pair',
  ]);
  db.exec("INSERT INTO things VALUES ('a', 'A', 'Ann', 1), ('b', 'B', '', 2)");
  // Every row is still checked against the unique ones.
  expect(() => db.exec("INSERT INTO things VALUES ('c', 'A', 'Bo', 3)")).toThrow(/UNIQUE/);
  expect(() => db.exec("INSERT INTO things VALUES ('c', 'C', 'Ann', 1)")).toThrow(/UNIQUE/);
  restore();
  db.exec('COMMIT');
  expect(indexes()).toEqual(before);
  // Built with the rows written meanwhile, partial conditions included.
  expect(
    db.prepare("SELECT count(*) AS n FROM things INDEXED BY things_by_name WHERE name <> ''").get(),
  ).toEqual({
    n: 1,
  });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
});

it('sets aside only the indexes keyed by the columns named, when some are', () => {
  const before = indexes();
  db.exec('BEGIN');
  const restore = setAsideIndexes(db, 'things', ['at', 'code']);
  expect(names()).toEqual([
    'others_by_n',
    'sqlite_autoindex_things_1',
    'sqlite_autoindex_things_2',
    'things_by_name',
    'things_by_pair',
  ]);
  db.exec("INSERT INTO things VALUES ('a', 'A', 'Ann', 1)");
  restore();
  db.exec('COMMIT');
  expect(indexes()).toEqual(before);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
});

it('leaves the indexes in place when the transaction rolls back (a cancelled or failed import)', () => {
  const before = indexes();
  db.exec('BEGIN');
  setAsideIndexes(db, 'things');
  db.exec("INSERT INTO things VALUES ('a', 'A', 'Ann', 1)");
  db.exec('ROLLBACK');
  expect(indexes()).toEqual(before);
  expect(db.prepare('SELECT count(*) AS n FROM things').get()).toEqual({ n: 0 });
});

it('works only inside a transaction, where a rollback can bring the indexes back', () => {
  expect(() => setAsideIndexes(db, 'things')).toThrow(/inside a transaction/);
  expect(names()).toContain('things_by_name');
});

it('thinks a write worth it when it brings at least as many rows as the table ever held', () => {
  expect(manyComparedWith(db, 'things', 0)).toBe(true);
  db.exec("INSERT INTO things VALUES ('a', 'A', 'Ann', 1), ('b', 'B', 'Bo', 2), ('c', 'C', 'Cy', 3)");
  expect(manyComparedWith(db, 'things', 2)).toBe(false);
  expect(manyComparedWith(db, 'things', 3)).toBe(true);
});
