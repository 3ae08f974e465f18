import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { MIGRATIONS } from './index.ts';

let db: Database.Database;
const ALL = MIGRATIONS.filter((migration) => migration.version <= 98);
const BEFORE = ALL.filter((migration) => migration.version < 98);

const rows = () => ({
  rhythms: db.prepare('SELECT * FROM customer_rhythm ORDER BY customer_id').all(),
  accounts: db.prepare('SELECT * FROM loyalty_accounts ORDER BY customer_id').all(),
});
const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' ');
const rhythmPlan = (where: string) => plan(`SELECT customer_id FROM customer_rhythm WHERE ${where}`);

// Three rhythms: an open window, a lapsed one and a single visit (no window at all); two accounts.
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
    INSERT INTO loyalty_accounts (customer_id, balance, tier_rank, tier_name, due_at, updated_at)
    VALUES ('c1', 120, 1, 'Silver', NULL, 1), ('c2', 0, -1, NULL, NULL, 1);
  `);
});
afterEach(() => db.close());

it('v97 → v98 keeps every rhythm and account row as it was', () => {
  const before = rows();
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
  expect(db.pragma('user_version', { simple: true })).toBe(98);
  expect(rows()).toEqual(before);
  expect(before.rhythms).toHaveLength(3);
  expect(before.accounts).toHaveLength(2);
});

it('answers every rhythm state, overdue day included, from the index alone', () => {
  const due = 'stop_day IS NOT NULL AND stop_day > 112 AND overdue_day > 112 AND due_day <= 112';
  expect(rhythmPlan(due)).not.toMatch(/COVERING INDEX/);
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
  for (const where of [
    due,
    'stop_day IS NOT NULL AND stop_day > 120 AND overdue_day <= 120',
    'stop_day IS NOT NULL AND stop_day <= 120',
    // What Today reads, unchanged by the new column.
    'stop_day > 112 AND due_day <= 112',
  ]) {
    expect(rhythmPlan(where), where).toMatch(/COVERING INDEX customer_rhythm_window/);
  }
  expect(db.prepare(`SELECT customer_id FROM customer_rhythm WHERE ${due}`).pluck().all()).toEqual(['c1']);
});

it('finds the accounts of a tier, and counts each tier, from an index instead of every account', () => {
  const tier = 'SELECT customer_id FROM loyalty_accounts WHERE tier_rank >= 1';
  expect(plan(tier)).toMatch(/SCAN loyalty_accounts$/);
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
  expect(plan(tier)).toMatch(
    /SEARCH loyalty_accounts USING COVERING INDEX loyalty_accounts_by_tier \(tier_rank>\?\)/,
  );
  expect(
    plan('SELECT tier_rank, count(*) FROM loyalty_accounts WHERE tier_rank >= 0 GROUP BY tier_rank'),
  ).toMatch(/COVERING INDEX loyalty_accounts_by_tier/);
  expect(db.prepare(tier).pluck().all()).toEqual(['c1']);
});
