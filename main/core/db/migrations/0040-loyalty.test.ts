import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { loyalty } from './0040-loyalty.ts';

let db: Database.Database;
const ALL = [initial, counter, loyaltyEligibility, loyalty];

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, ALL.slice(0, 3));
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, birthday, created_at, updated_at)
    VALUES ('c1', 'Ann', 'ann', '1990-04-02', 100, 500), ('c2', 'Bo', 'bo', '', 100, 600);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
    VALUES ('i1', 'c1', 1000, 'purchase', 1250, 1, 1);
  `);
  migrate(db, 30, ALL);
});
afterEach(() => db.close());

it('v30 → v40 keeps every row and dates existing birthdays at the last update of the row', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(40);
  expect(db.prepare('SELECT id, birthday, birthday_changed_at FROM customers ORDER BY id').all()).toEqual([
    { id: 'c1', birthday: '1990-04-02', birthday_changed_at: 500 },
    { id: 'c2', birthday: '', birthday_changed_at: null },
  ]);
  expect(db.prepare('SELECT id, amount_minor, earns_points FROM interactions').all()).toEqual([
    { id: 'i1', amount_minor: 1250, earns_points: 1 },
  ]);
  for (const table of ['loyalty_programs', 'loyalty_ledger', 'loyalty_accounts', 'loyalty_tier_changes']) {
    expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  }
});

it('keeps the ledger append-only, except moving a row to another customer and erasing it with its customer', () => {
  const insert = db.prepare(
    `INSERT INTO loyalty_ledger (customer_id, kind, points, at, entry_key, recorded_at) VALUES (?, ?, ?, 1, ?, 1)`,
  );
  insert.run('c1', 'earn', 12, 'earn:i1');
  expect(() => insert.run('c1', 'earn', 0, 'earn:i1')).toThrow(/CHECK/);
  expect(() => insert.run('c1', 'earn', 5, null)).toThrow(/CHECK/);
  expect(() => insert.run('c1', 'redeem', -5, 'earn:i1')).toThrow(/CHECK/);
  expect(() => db.exec('UPDATE loyalty_ledger SET points = 13')).toThrow(/append-only/);
  expect(() => db.exec('DELETE FROM loyalty_ledger')).toThrow(/append-only/);
  db.exec("UPDATE loyalty_ledger SET customer_id = 'c2'");
  db.exec("DELETE FROM customers WHERE id = 'c2'");
  expect(db.prepare('SELECT count(*) AS n FROM loyalty_ledger').get()).toEqual({ n: 0 });
});

it('indexes exactly the interactions that can earn, covering what a replay reads', () => {
  const plan = db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT customer_id, id, occurred_at, amount_minor FROM interactions
       WHERE deleted_at IS NULL AND earns_points = 1 AND kind IN ('visit', 'purchase') ORDER BY customer_id, occurred_at, id`,
    )
    .all() as { detail: string }[];
  expect(plan.map((row) => row.detail).join(' ')).toMatch(/COVERING INDEX interactions_earning/);
});
