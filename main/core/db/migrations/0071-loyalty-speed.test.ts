import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { MIGRATIONS } from './index.ts';

let db: Database.Database;
const ALL = MIGRATIONS.filter((migration) => migration.version <= 71);
const BEFORE = ALL.filter((migration) => migration.version < 71);

const digests = () =>
  db.prepare('SELECT customer_id, ledger_digest FROM loyalty_accounts ORDER BY customer_id').all();
const setDigests = () => db.exec('UPDATE loyalty_accounts SET ledger_digest = 7');

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, BEFORE);
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, created_at, updated_at)
    VALUES ('c1', 'Ann', 'ann', 100, 500), ('c2', 'Bo', 'bo', 100, 600);
    INSERT INTO loyalty_ledger (customer_id, kind, points, at, entry_key, recorded_at)
    VALUES ('c1', 'earn', 12, 1, 'earn:i1', 1);
    INSERT INTO loyalty_accounts (customer_id, balance, tier_rank, tier_name, due_at, updated_at)
    VALUES ('c1', 12, 0, 'Regular', NULL, 1), ('c2', 0, 0, 'Regular', NULL, 1);
  `);
  migrate(db, BEFORE.at(-1)?.version ?? 0, ALL);
});
afterEach(() => db.close());

it('v70 → v71 keeps every account and ledger row, with digests unknown until the next reconcile', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(71);
  expect(
    db.prepare('SELECT customer_id, balance, tier_name FROM loyalty_accounts ORDER BY customer_id').all(),
  ).toEqual([
    { customer_id: 'c1', balance: 12, tier_name: 'Regular' },
    { customer_id: 'c2', balance: 0, tier_name: 'Regular' },
  ]);
  expect(digests()).toEqual([
    { customer_id: 'c1', ledger_digest: null },
    { customer_id: 'c2', ledger_digest: null },
  ]);
  expect(db.prepare('SELECT count(*) AS n FROM loyalty_ledger').get()).toEqual({ n: 1 });
});

it('forgets a digest when a derived row is added or a row moves to another customer, not for a decision', () => {
  const insert = db.prepare(
    `INSERT INTO loyalty_ledger (customer_id, kind, points, at, entry_key, recorded_at) VALUES (?, ?, ?, 2, ?, 2)`,
  );
  setDigests();
  insert.run('c1', 'redeem', -5, null);
  insert.run('c2', 'bonus', 10, 'bonus:2026');
  expect(digests()).toEqual([
    { customer_id: 'c1', ledger_digest: 7 },
    { customer_id: 'c2', ledger_digest: 7 },
  ]);
  insert.run('c1', 'reversal', -12, 'earn:i1');
  expect(digests()).toEqual([
    { customer_id: 'c1', ledger_digest: null },
    { customer_id: 'c2', ledger_digest: 7 },
  ]);
  setDigests();
  db.exec("UPDATE loyalty_ledger SET customer_id = 'c2' WHERE kind = 'redeem'");
  expect(digests()).toEqual([
    { customer_id: 'c1', ledger_digest: null },
    { customer_id: 'c2', ledger_digest: null },
  ]);
});

it('reads the decisions a replay needs from their own covering index', () => {
  const plan = db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT id, kind, points, at, entry_key FROM loyalty_ledger
       WHERE customer_id = ? AND kind IN ('redeem', 'adjust', 'bonus') ORDER BY at, id`,
    )
    .all('c1') as { detail: string }[];
  expect(plan.map((row) => row.detail).join(' ')).toMatch(/COVERING INDEX loyalty_ledger_decisions/);
});
