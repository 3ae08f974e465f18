import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { MIGRATIONS } from './index.ts';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    0,
    MIGRATIONS.filter((migration) => migration.version <= 96),
  );
  db.exec(
    `INSERT INTO customers (id, first_name, sort_name, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', 1, 1)`,
  );
});
afterEach(() => db.close());

it('keeps one pick per customer, refuses an empty source, and lets an erase take the pick along', () => {
  db.exec("INSERT INTO suggestion_picks (customer_id, picked_at, source) VALUES ('c1', 10, 'Lost')");
  expect(() =>
    db.exec("INSERT INTO suggestion_picks (customer_id, picked_at, source) VALUES ('c1', 20, 'Lost')"),
  ).toThrow(/UNIQUE|PRIMARY KEY/);
  expect(() => db.exec("UPDATE suggestion_picks SET source = '' WHERE customer_id = 'c1'")).toThrow(/CHECK/);
  db.exec("DELETE FROM customers WHERE id = 'c1'");
  expect(db.prepare('SELECT count(*) FROM suggestion_picks').pluck().get()).toBe(0);
});
