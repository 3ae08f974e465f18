import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomer, listCustomers, searchCustomers, updateCustomer } from './customers.ts';
import { updateSettings } from './settings.ts';

let core: TempCore;
let clock: number;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 1, 9, 0);
  core = makeTempCore({ now: () => clock });
});
afterEach(() => core.dispose());

const names = (query: string) =>
  searchCustomers(core.ctx, query, 20).map((c) => `${c.firstName} ${c.lastName}`);

describe('createCustomer', () => {
  it('stores every field, the phone as typed and its digits, and announces the change', () => {
    const created = createCustomer(core.ctx, {
      firstName: '  José ',
      lastName: 'Núñez',
      phone: '+39 (333) 123-4567',
      email: 'jose@example.com',
      birthday: '--02-29',
      address: 'Via Roma 1',
      notes: 'allergic to lavender',
      tags: ['vip', 'vip', 'morning'],
      code: 'C-001',
      consents: [{ channel: 'email', granted: true, source: 'counter' }],
    });
    expect(created).toMatchObject({
      firstName: 'José',
      phone: '+39 (333) 123-4567',
      phoneDigits: '393331234567',
      birthday: '--02-29',
      tags: ['morning', 'vip'],
      code: 'C-001',
      consents: [{ channel: 'email', granted: true, source: 'counter', recordedAt: clock }],
    });
    expect(getCustomer(core.ctx, created.id)).toEqual(created);
    expect(core.events).toEqual([{ event: 'customers:changed', payload: { ids: [created.id] } }]);
  });

  it.each([
    [{ firstName: '' }, 'firstName', /is required/],
    [{ firstName: 'A', email: 'ann@nodomain' }, 'email', /name@example\.com/],
    [{ firstName: 'A', birthday: '2023-02-30' }, 'birthday', /not a real date/],
    [{ firstName: 'A', birthday: '1990-13-01' }, 'birthday', /not a real date/],
    [{ firstName: 'A', phone: 'call me maybe' }, 'phone', /digits/],
    [{ firstName: 'A', tags: ['a,b'] }, 'tags.0', /comma/],
    [{ firstName: 'A', shoeSize: 42 }, '', /shoeSize/],
  ])('refuses %j with a message naming the field, and saves nothing', (input, field, message) => {
    const before = tableCounts(core);
    expect(() => createCustomer(core.ctx, input as never)).toThrow(message);
    try {
      createCustomer(core.ctx, input);
    } catch (error) {
      expect((error as { field?: string }).field ?? '').toBe(field);
    }
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('refuses a customer code that another customer already has', () => {
    createCustomer(core.ctx, { firstName: 'Ann', code: 'A1' });
    const before = tableCounts(core);
    expect(() => createCustomer(core.ctx, { firstName: 'Bob', code: 'A1' })).toThrow(/A1 is already used/);
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('phone numbers', () => {
  const phoneOf = (customer: { phone: string; phoneE164: string; phoneFlagged: boolean }) => ({
    phone: customer.phone,
    phoneE164: customer.phoneE164,
    phoneFlagged: customer.phoneFlagged,
  });

  it('stores the number as typed plus E.164 read with the shop country; flags what cannot be read', () => {
    updateSettings(core.ctx, { defaultCountry: 'IT' });
    expect(phoneOf(createCustomer(core.ctx, { firstName: 'A', phone: '333 1234567' }))).toEqual({
      phone: '333 1234567',
      phoneE164: '+393331234567',
      phoneFlagged: false,
    });
    expect(phoneOf(createCustomer(core.ctx, { firstName: 'B', phone: '+1 (212) 736-5000' }))).toEqual({
      phone: '+1 (212) 736-5000',
      phoneE164: '+12127365000',
      phoneFlagged: false,
    });
    const odd = createCustomer(core.ctx, { firstName: 'C', phone: '00 12' });
    expect(phoneOf(odd)).toEqual({ phone: '00 12', phoneE164: '', phoneFlagged: true });
    expect(phoneOf(createCustomer(core.ctx, { firstName: 'D' }))).toEqual({
      phone: '',
      phoneE164: '',
      phoneFlagged: false,
    });
    // Fixing the number clears the flag.
    expect(phoneOf(updateCustomer(core.ctx, odd.id, { firstName: 'C', phone: '06 4991 1234' }))).toEqual({
      phone: '06 4991 1234',
      phoneE164: '+390649911234',
      phoneFlagged: false,
    });
  });
});

describe('updateCustomer', () => {
  it('changes the fields and records consent only when the answer changes', () => {
    const ann = createCustomer(core.ctx, {
      firstName: 'Ann',
      consents: [{ channel: 'sms', granted: true, source: 'form' }],
    });
    clock += 1000;
    updateCustomer(core.ctx, ann.id, {
      firstName: 'Anna',
      consents: [{ channel: 'sms', granted: true, source: 'form' }],
    });
    clock += 1000;
    const updated = updateCustomer(core.ctx, ann.id, {
      firstName: 'Anna',
      consents: [{ channel: 'sms', granted: false, source: 'phone call' }],
    });
    expect(updated.firstName).toBe('Anna');
    expect(updated.consents).toEqual([
      { channel: 'sms', granted: false, source: 'phone call', recordedAt: clock },
    ]);
    expect(tableCounts(core).customer_consents).toBe(2);
  });

  it('keeps its own code and refuses an unknown id', () => {
    const ann = createCustomer(core.ctx, { firstName: 'Ann', code: 'A1' });
    expect(updateCustomer(core.ctx, ann.id, { firstName: 'Ann', code: 'A1' }).code).toBe('A1');
    expect(() => updateCustomer(core.ctx, 'missing', { firstName: 'X' })).toThrow(
      /No customer with id missing/,
    );
  });
});

describe('searchCustomers', () => {
  beforeEach(() => {
    createCustomer(core.ctx, { firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567' });
    createCustomer(core.ctx, { firstName: 'Chloé', lastName: 'Martin', email: 'chloe@florist.example' });
    createCustomer(core.ctx, {
      firstName: 'Martina',
      lastName: 'Rossi',
      phone: '(555) 010-2345',
      code: 'VIP-77',
    });
  });

  it('finds by any part of the name, accents and case ignored', () => {
    expect(names('jose')).toEqual(['José Núñez']);
    expect(names('NUÑ')).toEqual(['José Núñez']);
    expect(names('mart')).toEqual(['Chloé Martin', 'Martina Rossi']);
    expect(names('chloe mart')).toEqual(['Chloé Martin']);
  });

  it('folds letters that Unicode does not decompose, like ł and ø', () => {
    createCustomer(core.ctx, { firstName: 'Łukasz', lastName: 'Søndergård' });
    expect(names('lukasz')).toEqual(['Łukasz Søndergård']);
    expect(names('sonderg')).toEqual(['Łukasz Søndergård']);
  });

  it('finds by the last digits of a phone number however it was typed', () => {
    expect(names('(555) 010-2345')).toEqual(['Martina Rossi']);
    expect(names('4567')).toEqual(['José Núñez']);
    expect(names('010-2345')).toEqual(['Martina Rossi']);
    expect(names('45')).toEqual(['José Núñez', 'Martina Rossi']);
  });

  it('finds by e-mail and customer code, and by a one- or two-letter name start', () => {
    expect(names('florist')).toEqual(['Chloé Martin']);
    expect(names('vip-77')).toEqual(['Martina Rossi']);
    expect(names('ro')).toEqual(['Martina Rossi']);
    expect(names('j')).toEqual(['José Núñez']);
  });

  it('treats LIKE wildcards and FTS syntax as plain text', () => {
    expect(names('%')).toEqual([]);
    expect(names('"mar')).toEqual([]);
    expect(names('mar OR x')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });

  it('leaves out customers in the trash', () => {
    core.ctx.db.prepare("UPDATE customers SET deleted_at = 1 WHERE first_name = 'José'").run();
    expect(names('jose')).toEqual([]);
    expect(listCustomers(core.ctx, { limit: 10, offset: 0 }).total).toBe(2);
  });
});

describe('listCustomers', () => {
  it('pages through customers sorted by last name, accents ignored', () => {
    for (const [first, last] of [
      ['Zoë', 'Ábel'],
      ['Ann', 'Zimmer'],
      ['Bob', 'Martin'],
      ['Cat', 'Ölund'],
    ] as const) {
      createCustomer(core.ctx, { firstName: first, lastName: last });
    }
    const first = listCustomers(core.ctx, { limit: 2, offset: 0 });
    const second = listCustomers(core.ctx, { limit: 2, offset: 2 });
    expect(first.total).toBe(4);
    expect([...first.items, ...second.items].map((c) => c.lastName)).toEqual([
      'Ábel',
      'Martin',
      'Ölund',
      'Zimmer',
    ]);
  });

  it('reads pages and searches through indexes, never a full scan', () => {
    const plan = (sql: string) =>
      core.ctx.db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join('\n');
    const listPlan = plan(
      'SELECT id FROM customers c INDEXED BY customers_by_sort_name WHERE deleted_at IS NULL ORDER BY sort_name, seq LIMIT 50',
    );
    expect(listPlan).toMatch(/USING (COVERING )?INDEX customers_by_sort_name/);
    expect(listPlan).not.toMatch(/TEMP B-TREE/);
    const timelinePlan = plan(
      "SELECT * FROM interactions WHERE customer_id = 'x' AND deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 200",
    );
    expect(timelinePlan).toMatch(/USING INDEX interactions_by_customer/);
    expect(plan(`SELECT rowid FROM customers_search WHERE customers_search MATCH '"abc"'`)).toMatch(
      /VIRTUAL TABLE/,
    );
  });
});

describe('the live customer count', () => {
  it('follows inserts, trashing, restoring and hard deletes exactly', () => {
    const count = () => listCustomers(core.ctx, { limit: 1, offset: 0 }).total;
    const ids = ['A', 'B', 'C'].map((name) => createCustomer(core.ctx, { firstName: name }).id);
    expect(count()).toBe(3);
    const trash = core.ctx.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?');
    trash.run(1, ids[0]);
    trash.run(2, ids[0]); // already trashed: no double count
    expect(count()).toBe(2);
    trash.run(null, ids[0]);
    expect(count()).toBe(3);
    core.ctx.db.prepare('DELETE FROM customers WHERE id = ?').run(ids[1]);
    trash.run(1, ids[2]);
    core.ctx.db.prepare('DELETE FROM customers WHERE id = ?').run(ids[2]); // was in the trash
    expect(count()).toBe(1);
    expect(count()).toBe(
      core.ctx.db
        .prepare<[], { n: number }>('SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL')
        .get()?.n,
    );
  });
});
