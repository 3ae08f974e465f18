import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, [initial]);
});
afterEach(() => db.close());

const search = (text: string) =>
  db
    .prepare<[string], { id: string }>(
      'SELECT c.id FROM customers_search s JOIN customers c ON c.seq = s.rowid WHERE customers_search MATCH ? ORDER BY c.id',
    )
    .all(`"${text}"`)
    .map((row) => row.id);

function addCustomer(id: string, first: string, last: string, digits = '') {
  db.prepare(
    `INSERT INTO customers (id, first_name, last_name, sort_name, phone, phone_digits, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, 1)`,
  ).run(id, first, last, `${last} ${first}`.toLowerCase(), digits, digits);
}

it('v0 → v10 creates the tables and keeps rows exactly as written', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(10);
  addCustomer('c1', 'José', 'Núñez', '393331234567');
  db.prepare(
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, csat, created_at, updated_at)
     VALUES ('i1', 'c1', 1700000000000, 'visit', 1250, 5, 2, 2)`,
  ).run();
  expect(
    db.prepare('SELECT id, first_name, last_name, phone_digits, code, deleted_at FROM customers').all(),
  ).toEqual([
    {
      id: 'c1',
      first_name: 'José',
      last_name: 'Núñez',
      phone_digits: '393331234567',
      code: null,
      deleted_at: null,
    },
  ]);
  expect(
    db.prepare('SELECT id, customer_id, channel, amount_minor, csat, nps, note FROM interactions').all(),
  ).toEqual([
    { id: 'i1', customer_id: 'c1', channel: 'in_person', amount_minor: 1250, csat: 5, nps: null, note: '' },
  ]);
});

it('keeps the search index in step with inserts, updates and deletes, accents ignored', () => {
  addCustomer('c1', 'José', 'Núñez', '393331234567');
  addCustomer('c2', 'Chloé', 'Martin');
  expect(search('nunez')).toEqual(['c1']);
  expect(search('4567')).toEqual(['c1']);
  expect(search('chloe')).toEqual(['c2']);
  db.prepare("UPDATE customers SET last_name = 'Durand', sort_name = 'durand chloe' WHERE id = 'c2'").run();
  expect(search('martin')).toEqual([]);
  expect(search('durand')).toEqual(['c2']);
  db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
  expect(search('nunez')).toEqual([]);
});

it('refuses impossible values at the database level too', () => {
  addCustomer('c1', 'Ann', 'Lee');
  const insert = (column: string, value: number | string) => () =>
    db
      .prepare(
        `INSERT INTO interactions (id, customer_id, occurred_at, kind, ${column}, created_at, updated_at)
         VALUES ('x', 'c1', 1, 'visit', ?, 1, 1)`,
      )
      .run(value);
  expect(insert('nps', 11)).toThrow(/CHECK/);
  expect(insert('csat', 0)).toThrow(/CHECK/);
  expect(insert('ces', 8)).toThrow(/CHECK/);
  expect(insert('channel', 'pigeon')).toThrow(/CHECK/);
  expect(() =>
    db
      .prepare(
        `INSERT INTO interactions (id, customer_id, occurred_at, kind, created_at, updated_at)
         VALUES ('y', 'nobody', 1, 'visit', 1, 1)`,
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
});
