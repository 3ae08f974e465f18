import { afterEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { insertCustomer, type CustomerWrite } from './customers-repo.ts';

let core: TempCore | undefined;
afterEach(() => core?.dispose());

const row = (id: string, birthday: string): CustomerWrite => ({
  id,
  first_name: id,
  last_name: '',
  sort_name: id,
  phone: '',
  phone_digits: '',
  phone_e164: '',
  email: '',
  birthday,
  address: '',
  notes: '',
  code: null,
  created_at: 5000,
  updated_at: 5000,
  created_by: null,
  updated_by: null,
});

it('stamps when a birthday was set as the database trigger stamps a row written without it', () => {
  core = makeTempCore();
  const { db } = core.ctx;
  insertCustomer(db, row('written', '1990-05-17'));
  insertCustomer(db, row('no-birthday', ''));
  db.exec(`INSERT INTO customers (id, first_name, sort_name, birthday, created_at, updated_at)
           VALUES ('by-trigger', 'x', 'x', '1990-05-17', 5000, 5000)`);
  const stamps = db.prepare('SELECT id, birthday_changed_at FROM customers ORDER BY id').raw().all();
  expect(stamps).toEqual([
    ['by-trigger', 5000],
    ['no-birthday', null],
    ['written', 5000],
  ]);
  expect(db.prepare("SELECT value FROM counters WHERE name = 'live_customers'").pluck().get()).toBe(3);
});
