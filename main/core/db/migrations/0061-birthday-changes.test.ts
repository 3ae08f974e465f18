import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS } from './index.ts';
import { migrate } from '../open.ts';

let db: Database.Database;
const changedAt = (id: string) =>
  db.prepare('SELECT birthday_changed_at FROM customers WHERE id = ?').pluck().get(id) as number | null;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  // A customer from before loyalty (migration 40), whose birthday date that migration filled in.
  migrate(
    db,
    0,
    MIGRATIONS.filter((migration) => migration.version <= 30),
  );
  db.exec(`INSERT INTO customers (id, first_name, sort_name, birthday, created_at, updated_at)
           VALUES ('old', 'Ann', 'ann', '1990-05-17', 100, 100)`);
  migrate(
    db,
    30,
    MIGRATIONS.filter((migration) => migration.version <= 61),
  );
});
afterEach(() => db.close());

it('keeps the date migration 40 gave existing birthdays', () => {
  expect(changedAt('old')).toBe(100);
});

it('stamps a birthday given on creation, by any writer', () => {
  db.exec(`INSERT INTO customers (id, first_name, sort_name, birthday, created_at, updated_at)
           VALUES ('new', 'Bo', 'bo', '--02-29', 5000, 5000), ('none', 'Cy', 'cy', '', 5000, 5000)`);
  expect(changedAt('new')).toBe(5000);
  expect(changedAt('none')).toBeNull();
});

it('stamps a changed birthday with the time of the change, and nothing else', () => {
  db.exec(`UPDATE customers SET first_name = 'Anna', updated_at = 200 WHERE id = 'old'`);
  expect(changedAt('old')).toBe(100);
  db.exec(`UPDATE customers SET birthday = '1990-05-18', updated_at = 300 WHERE id = 'old'`);
  expect(changedAt('old')).toBe(300);
});

it('leaves the date alone when the writer sets it (a merge carrying it along)', () => {
  db.exec(
    `UPDATE customers SET birthday = '1991-01-01', birthday_changed_at = 42, updated_at = 400 WHERE id = 'old'`,
  );
  expect(changedAt('old')).toBe(42);
});
