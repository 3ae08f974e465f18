import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { trust } from './0070-trust.ts';

let db: Database.Database;
const BELOW = [initial, counter, loyaltyEligibility];

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, BELOW);
  db.exec(`
    INSERT INTO staff (id, display_name, initials, role, created_at, updated_at) VALUES ('s1', 'Sam Okafor', 'SO', 'staff', 1, 1);
    INSERT INTO customers (id, first_name, sort_name, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', 1, 1);
    INSERT INTO settings (key, value) VALUES ('current_staff_id', '"s1"'), ('shop.defaultCountry', '"IT"');
  `);
  migrate(db, 30, [...BELOW, trust]);
});
afterEach(() => db.close());

it('v30 → v70 keeps every row, adds empty trust tables and forgets the stored "who is at the counter"', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(70);
  expect(db.prepare('SELECT id, display_name, role, active FROM staff').all()).toEqual([
    { id: 's1', display_name: 'Sam Okafor', role: 'staff', active: 1 },
  ]);
  expect(db.prepare('SELECT id, first_name FROM customers').all()).toEqual([{ id: 'c1', first_name: 'Ann' }]);
  expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([
    { key: 'shop.defaultCountry', value: '"IT"' },
  ]);
  for (const table of ['staff_credentials', 'role_permissions', 'audit_log']) {
    expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  }
});

it('lets an audit row lose its values once, and nothing else', () => {
  db.exec(`
    INSERT INTO audit_log (seq, at, actor_label, action, subject_type, subject_id, customer_id, summary,
      details, details_nonce, details_digest, prev_hash, hash)
    VALUES (1, 5, 'Sam', 'customer.update', 'customer', 'c1', 'c1', 'Edited', '{"changes":[]}', 'n', 'd', 'p', 'h');
  `);
  const redact = db.prepare(
    "UPDATE audit_log SET details = '{}', details_nonce = NULL, redacted_at = ? WHERE seq = 1",
  );
  expect(() =>
    db.prepare("UPDATE audit_log SET details = '{}', details_nonce = NULL WHERE seq = 1").run(),
  ).toThrow('append-only');
  expect(() =>
    db
      .prepare("UPDATE audit_log SET details = '{}', details_nonce = NULL, redacted_at = 9, summary = 'x'")
      .run(),
  ).toThrow('append-only');
  redact.run(9);
  expect(() => redact.run(10)).toThrow('append-only');
  expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
  expect(db.prepare('SELECT details, details_nonce, redacted_at, summary FROM audit_log').get()).toEqual({
    details: '{}',
    details_nonce: null,
    redacted_at: 9,
    summary: 'Edited',
  });
});

it('refuses a credential for someone who is not on the staff, and a role the owner cannot adjust', () => {
  expect(() =>
    db
      .prepare(
        "INSERT INTO staff_credentials (staff_id, kind, algorithm, key_id, salt, hash, set_at) VALUES ('x', 'pin', 'a', 'k', x'00', x'00', 1)",
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
  expect(() => db.prepare("INSERT INTO role_permissions VALUES ('owner', 'audit.view', 0)").run()).toThrow(
    /CHECK/,
  );
});
