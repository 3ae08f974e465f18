import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { imports } from './0060-imports.ts';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, [initial, counter, loyaltyEligibility]);
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', 1, 1), ('c2', 'Bo', 'bo', 1, 1);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
    VALUES ('i1', 'c1', 1000, 'purchase', 1250, 1, 1);
  `);
  migrate(db, 30, [initial, counter, loyaltyEligibility, imports]);
});
afterEach(() => db.close());

it('v30 → v60 keeps every row; existing interactions came from no import', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(60);
  expect(db.prepare('SELECT id, amount_minor, earns_points, import_seq FROM interactions').all()).toEqual([
    { id: 'i1', amount_minor: 1250, earns_points: 1, import_seq: null },
  ]);
  expect(db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
});

it('erases every mention of a purged customer in the import journal, and only theirs', () => {
  db.exec(`
    INSERT INTO imports (seq, id, kind, file_name, imported_at) VALUES (1, 'imp1', 'customers', 'a.csv', 5);
    INSERT INTO import_before_images (import_seq, customer_id, snapshot) VALUES (1, 'c1', '{"ann":1}'), (1, 'c2', '{"bo":1}');
    INSERT INTO import_customers (import_seq, customer_id) VALUES (1, 'c1'), (1, 'c2');
  `);
  db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
  expect(db.prepare('SELECT customer_id FROM import_before_images').all()).toEqual([{ customer_id: 'c2' }]);
  expect(db.prepare('SELECT customer_id FROM import_customers').all()).toEqual([{ customer_id: 'c2' }]);
});

it('refuses an export format or list it does not know', () => {
  const insert = (format: string, preset: string) => () =>
    db
      .prepare(
        "INSERT INTO exports (id, exported_at, format, preset, scope, row_count) VALUES ('e', 1, ?, ?, '{}', 0)",
      )
      .run(format, preset);
  expect(insert('pdf', 'contacts')).toThrow(/CHECK/);
  expect(insert('csv', 'everyone')).toThrow(/CHECK/);
  expect(insert('vcard3', 'mailing')).not.toThrow();
});
