import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS } from './index.ts';
import { migrate } from '../open.ts';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    0,
    MIGRATIONS.filter((migration) => migration.version < 95),
  );
  db.exec(`INSERT INTO customers (id, first_name, sort_name, created_at, updated_at)
           VALUES ('c1', 'Ann', 'ann', 100, 100);
           INSERT INTO interactions (id, customer_id, occurred_at, kind, created_at, updated_at)
           VALUES ('i1', 'c1', 100, 'complaint', 100, 100), ('i2', 'c1', 200, 'visit', 200, 200)`);
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version < 95).at(-1)?.version ?? 0,
    MIGRATIONS.filter((migration) => migration.version <= 95),
  );
});
afterEach(() => db.close());

it('gives existing customers no preferred channel and refuses an unknown one', () => {
  expect(db.prepare("SELECT preferred_channel FROM customers WHERE id = 'c1'").pluck().get()).toBe('');
  db.exec("UPDATE customers SET preferred_channel = 'sms' WHERE id = 'c1'");
  expect(() => db.exec("UPDATE customers SET preferred_channel = 'fax' WHERE id = 'c1'")).toThrow(/CHECK/);
  expect(db.prepare("SELECT preferred_channel FROM customers WHERE id = 'c1'").pluck().get()).toBe('sms');
});

it('keeps a follow-up kind per interaction, erased with the interaction', () => {
  db.exec(`INSERT INTO interactions (id, customer_id, occurred_at, kind, created_at, updated_at)
           VALUES ('f1', 'c1', 300, 'follow_up', 300, 300);
           INSERT INTO suggestion_follow_ups (interaction_id, kind, channel) VALUES ('f1', 'close_the_loop', 'sms')`);
  expect(() =>
    db.exec(
      "INSERT INTO suggestion_follow_ups (interaction_id, kind, channel) VALUES ('nope', 'win_back', 'sms')",
    ),
  ).toThrow(/FOREIGN KEY/);
  db.exec("DELETE FROM interactions WHERE id = 'f1'");
  expect(db.prepare('SELECT count(*) FROM suggestion_follow_ups').pluck().get()).toBe(0);
});

it('indexes existing complaints for the contact-kind scans, and not visits', () => {
  const plan = db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT customer_id FROM interactions
       WHERE kind IN ('complaint', 'feedback', 'follow_up', 'call', 'email', 'message') AND deleted_at IS NULL
         AND kind IN ('complaint', 'feedback') AND occurred_at >= 50`,
    )
    .all() as { detail: string }[];
  expect(plan.map((row) => row.detail).join()).toMatch(/interactions_contact_kinds/);
  const rows = db
    .prepare(
      `SELECT id FROM interactions INDEXED BY interactions_contact_kinds
       WHERE kind IN ('complaint', 'feedback', 'follow_up', 'call', 'email', 'message') AND deleted_at IS NULL`,
    )
    .pluck()
    .all();
  expect(rows).toEqual(['i1']);
});
