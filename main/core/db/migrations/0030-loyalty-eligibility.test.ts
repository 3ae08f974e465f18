import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, [initial, counter]);
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', 1, 1);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
    VALUES ('i1', 'c1', 1000, 'purchase', 1250, 1, 1);
  `);
  migrate(db, 20, [initial, counter, loyaltyEligibility]);
});
afterEach(() => db.close());

it('v20 → v30 keeps every interaction, each earning points as it did before', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(30);
  expect(db.prepare('SELECT id, amount_minor, earns_points FROM interactions').all()).toEqual([
    { id: 'i1', amount_minor: 1250, earns_points: 1 },
  ]);
});

it('refuses anything but yes or no', () => {
  expect(() => db.prepare("UPDATE interactions SET earns_points = 2 WHERE id = 'i1'").run()).toThrow(/CHECK/);
  expect(db.prepare('SELECT earns_points FROM interactions').pluck().get()).toBe(1);
});
