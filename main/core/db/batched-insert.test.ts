import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-core.ts';
import { batchedInsert, ROWS_PER_STATEMENT } from './batched-insert.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;
beforeEach(() => {
  temp = makeTempDir();
  db = new Database(join(temp.dir, 'batched.db'));
  db.exec(`CREATE TABLE things (n INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT UNIQUE, made INTEGER);
    CREATE TABLE made (n INTEGER);
    CREATE TRIGGER things_made AFTER INSERT ON things BEGIN INSERT INTO made VALUES (new.n); END;`);
});
afterEach(() => {
  db.close();
  temp.dispose();
});

const INTO = 'INSERT INTO things (n, name, code, made)';
const ROW = '(?, ?, ?, 7)';

it('writes every row, in order, full batches and the shorter last one alike, firing the triggers for each', () => {
  const count = ROWS_PER_STATEMENT * 2 + 5;
  const insert = batchedInsert(db, INTO, ROW, 3);
  for (let n = 1; n <= count; n++) insert.add(n, `thing ${n}`, n % 2 === 0 ? `C${n}` : null);
  // A full batch is written as soon as it fills; the rest waits for flush.
  expect(db.prepare('SELECT count(*) FROM things').pluck().get()).toBe(ROWS_PER_STATEMENT * 2);
  insert.flush();
  insert.flush();
  const rows = db
    .prepare<[], { n: number; name: string; code: string | null; made: number }>(
      'SELECT * FROM things ORDER BY rowid',
    )
    .all();
  expect(rows).toHaveLength(count);
  expect(rows.map((row) => row.n)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
  expect(rows.at(-1)).toEqual({ n: count, name: `thing ${count}`, code: null, made: 7 });
  expect(db.prepare('SELECT count(*) FROM made').pluck().get()).toBe(count);
});

it('fails its statement on a row that breaks a constraint, as one insert of that row would', () => {
  const insert = batchedInsert(db, INTO, ROW, 3);
  insert.add(1, 'one', 'SAME');
  insert.add(2, 'two', 'SAME');
  expect(() => insert.flush()).toThrow(/UNIQUE constraint failed: things.code/);
  expect(db.prepare('SELECT count(*) FROM things').pluck().get()).toBe(0);
});

it('refuses a row with the wrong number of values rather than shifting every row after it', () => {
  const insert = batchedInsert(db, INTO, ROW, 3);
  expect(() => insert.add(1, 'one')).toThrow(/takes 3 values, not 2/);
});
