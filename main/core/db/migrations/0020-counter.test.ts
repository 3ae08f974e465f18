import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';

let db: Database.Database;
const DAY = 86_400_000;
// Midday UTC keeps every visit on its own local day in any time zone the tests run in.
const T0 = Date.UTC(2026, 0, 5, 12, 0);

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, [initial]);
  db.exec(`
    INSERT INTO customers (id, first_name, last_name, sort_name, phone, phone_digits, created_at, updated_at)
    VALUES ('c1', 'Łukasz', 'Nowak', 'nowak lukasz', '+48 601 000 111', '48601000111', 1, 1),
           ('c2', 'Ann', 'Lee', 'lee ann', '', '', 1, 1);
    INSERT INTO tags (id, name) VALUES (1, 'vip'), (2, 'morning');
    INSERT INTO customer_tags (customer_id, tag_id) VALUES ('c1', 2), ('c1', 1);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at, deleted_at) VALUES
      ('i1', 'c1', ${T0}, 'visit', 1000, 1, 1, NULL),
      ('i2', 'c1', ${T0 + 60_000}, 'purchase', 500, 1, 1, NULL),
      ('i3', 'c1', ${T0 + 7 * DAY}, 'visit', 2000, 1, 1, NULL),
      ('i4', 'c1', ${T0 + 9 * DAY}, 'call', NULL, 1, 1, NULL),
      ('i5', 'c1', ${T0 + 20 * DAY}, 'visit', 9999, 1, 1, ${T0});
  `);
  migrate(db, 10, [initial, counter]);
});
afterEach(() => db.close());

it('v10 → v20 keeps every row and backfills the visit facts and search text exactly', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(20);
  expect(
    db
      .prepare(
        `SELECT id, first_name, phone, phone_e164, search_extra, first_visit_at, last_visit_at, visit_count,
                total_spend_minor, created_by, merged_into FROM customers ORDER BY id`,
      )
      .all(),
  ).toEqual([
    {
      id: 'c1',
      first_name: 'Łukasz',
      phone: '+48 601 000 111',
      // The backfill reads it with libphonenumber (a country code typed, so any shop country).
      phone_e164: '+48601000111',
      search_extra: 'vip morning',
      first_visit_at: T0,
      last_visit_at: T0 + 7 * DAY,
      // Two interactions on the first day are one visit; the call and the deleted visit do not count.
      visit_count: 2,
      total_spend_minor: 3500,
      created_by: null,
      merged_into: null,
    },
    {
      id: 'c2',
      first_name: 'Ann',
      phone: '',
      phone_e164: '',
      search_extra: '',
      first_visit_at: null,
      last_visit_at: null,
      visit_count: 0,
      total_spend_minor: 0,
      created_by: null,
      merged_into: null,
    },
  ]);
  expect(db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 5 });
});

it('indexes the tags of existing customers in the small search index, beside the main one', () => {
  const find = (text: string) =>
    db
      .prepare<[string, string], { id: string }>(
        `SELECT c.id FROM customers c WHERE c.seq IN (
           SELECT rowid FROM customers_search WHERE customers_search MATCH ?
           UNION SELECT rowid FROM customers_search_extra WHERE customers_search_extra MATCH ?)`,
      )
      .all(`"${text}"`, `"${text}"`)
      .map((row) => row.id);
  expect(find('lukasz')).toEqual(['c1']);
  expect(find('morning')).toEqual(['c1']);
  expect(find('0111')).toEqual(['c1']);
  db.prepare("UPDATE customers SET search_extra = 'regular' WHERE id = 'c2'").run();
  expect(find('regular')).toEqual(['c2']);
});
