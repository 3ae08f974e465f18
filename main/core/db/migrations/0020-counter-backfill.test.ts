import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';

let db: Database.Database | undefined;
afterEach(() => db?.close());

it('v10 → v20 fills phone_e164 with the shop country, keeping numbers it cannot read as typed', () => {
  db = new Database(':memory:');
  migrate(db, 0, [initial]);
  db.exec(`
    INSERT INTO settings (key, value) VALUES ('default_country', '"IT"');
    INSERT INTO customers (id, first_name, sort_name, phone, phone_digits, created_at, updated_at, deleted_at)
    VALUES ('c1', 'A', 'a', '333 1234567', '3331234567', 1, 1, NULL),
           ('c2', 'B', 'b', '+1 (212) 736-5000', '12127365000', 1, 1, NULL),
           ('c3', 'C', 'c', '12', '12', 1, 1, NULL),
           ('c4', 'D', 'd', '', '', 1, 1, NULL),
           ('c5', 'E', 'e', '06 4991 1234', '0649911234', 1, 1, 5);
  `);
  migrate(db, 10, [initial, counter]);
  expect(db.prepare('SELECT id, phone, phone_e164 FROM customers ORDER BY id').all()).toEqual([
    { id: 'c1', phone: '333 1234567', phone_e164: '+393331234567' },
    { id: 'c2', phone: '+1 (212) 736-5000', phone_e164: '+12127365000' },
    { id: 'c3', phone: '12', phone_e164: '' },
    { id: 'c4', phone: '', phone_e164: '' },
    { id: 'c5', phone: '06 4991 1234', phone_e164: '+390649911234' },
  ]);
});
