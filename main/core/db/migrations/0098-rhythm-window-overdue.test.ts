import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { MIGRATIONS } from './index.ts';

let db: Database.Database;
const ALL = MIGRATIONS.filter((migration) => migration.version <= 98);
const BEFORE = ALL.filter((migration) => migration.version < 98);

const rhythms = () => db.prepare('SELECT * FROM customer_rhythm ORDER BY customer_id').all();
const plan = (where: string) =>
  (
    db.prepare(`EXPLAIN QUERY PLAN SELECT customer_id FROM customer_rhythm WHERE ${where}`).all() as {
      detail: string;
    }[]
  )
    .map((row) => row.detail)
    .join(' ');

// Three rows: an open window, a lapsed one and a single visit (no window at all).
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, BEFORE);
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, created_at, updated_at)
    VALUES ('c1', 'Ann', 'ann', 1, 1), ('c2', 'Bo', 'bo', 1, 1), ('c3', 'Cy', 'cy', 1, 1);
    DELETE FROM customer_rhythm;
    INSERT INTO customer_rhythm
      (customer_id, last_contact_day, visit_days, first_day, last_day, interval_days, due_day, overdue_day, stop_day)
    VALUES ('c1', 100, 3, 80, 100, 10, 110, 115, 130),
           ('c2', 50, 2, 40, 50, 10, 60, 65, 80),
           ('c3', 90, 1, 90, 90, NULL, NULL, NULL, NULL);
  `);
});
afterEach(() => db.close());

it('v97 → v98 keeps every rhythm row as it was', () => {
  const before = rhythms();
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
  expect(db.pragma('user_version', { simple: true })).toBe(98);
  expect(rhythms()).toEqual(before);
  expect(before).toHaveLength(3);
});

it('answers every rhythm state, overdue day included, from the index alone', () => {
  const due = 'stop_day IS NOT NULL AND stop_day > 112 AND overdue_day > 112 AND due_day <= 112';
  expect(plan(due)).not.toMatch(/COVERING INDEX/);
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
  for (const where of [
    due,
    'stop_day IS NOT NULL AND stop_day > 120 AND overdue_day <= 120',
    'stop_day IS NOT NULL AND stop_day <= 120',
    // What Today reads, unchanged by the new column.
    'stop_day > 112 AND due_day <= 112',
  ]) {
    expect(plan(where), where).toMatch(/COVERING INDEX customer_rhythm_window/);
  }
  expect(db.prepare(`SELECT customer_id FROM customer_rhythm WHERE ${due}`).pluck().all()).toEqual(['c1']);
});
