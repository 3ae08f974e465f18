import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, CustomerInput } from '../../../shared/domain/customer.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, searchCustomers, updateCustomer } from './customers.ts';
import { deleteInteraction, logInteraction } from './interactions.ts';
import { mergeCustomers } from './merge.ts';
import { undoMerge } from './merge-undo.ts';

let core: TempCore;
let clock: number;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 1, 9, 0);
  core = makeTempCore({ now: () => clock });
});
afterEach(() => core.dispose());

const sql = (text: string, ...params: unknown[]) => core.ctx.db.prepare(text).run(...params);
const rows = <T = Record<string, unknown>>(text: string, ...params: unknown[]) =>
  core.ctx.db.prepare(text).all(...params) as T[];

/**
 * Every row of every table, each table sorted, except the merge journal and the audit trail
 * (which keep their entries) and the search index (its shadow tables' bytes depend on their write history; the
 * index is checked by searching instead).
 */
function everyRow(): Record<string, string[]> {
  const tables = rows<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
     AND name NOT LIKE 'customers_search%' AND name NOT IN ('customer_merges', 'audit_log') ORDER BY name`,
  );
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      rows(`SELECT * FROM "${name}"`)
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

const field = (id: string, name: string, type: string, choices: string[] = []) =>
  sql(
    `INSERT INTO custom_fields (id, name, type, choices, position, created_at) VALUES (?, ?, ?, ?, 0, ?)`,
    id,
    name,
    type,
    JSON.stringify(choices),
    clock,
  );
const setValue = (customerId: string, fieldId: string, value: unknown) => {
  sql(
    'INSERT INTO customer_field_values (customer_id, field_id, value) VALUES (?, ?, ?)',
    customerId,
    fieldId,
    JSON.stringify(value),
  );
  refreshSearchExtra(core.ctx.db, customerId);
};
/** What the customer form would send back for this customer, with some fields changed. */
const asInput = (customer: Customer, changes: Partial<CustomerInput> = {}): CustomerInput => ({
  firstName: customer.firstName,
  lastName: customer.lastName,
  phone: customer.phone,
  email: customer.email,
  birthday: customer.birthday,
  address: customer.address,
  notes: customer.notes,
  tags: customer.tags,
  code: customer.code,
  consents: customer.consents.map(({ channel, granted, source }) => ({ channel, granted, source })),
  customFields: customer.customFields,
  ...changes,
});
const fieldValues = (customerId: string) =>
  Object.fromEntries(
    rows<{ field_id: string; value: string }>(
      'SELECT field_id, value FROM customer_field_values WHERE customer_id = ? ORDER BY field_id',
      customerId,
    ).map((row) => [row.field_id, JSON.parse(row.value) as unknown]),
  );
const visit = (customerId: string, amountMinor: number) =>
  logInteraction(core.ctx, { customerId, kind: 'visit', amountMinor, occurredAt: (clock += 60_000) });
const customerRow = (id: string) =>
  core.ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as Record<string, unknown>;
const nameSearch = (query: string) => searchCustomers(core.ctx, query, 10).map((c) => c.id);

/** Two records of one person, differing in every way a merge must handle. */
function twoRecordsOfOnePerson(): { keep: Customer; other: Customer } {
  field('hair', 'Hair type', 'choice', ['curly', 'straight']);
  field('shoe', 'Shoe size', 'number');
  field('card', 'Has card', 'boolean');
  const keep = createCustomer(core.ctx, {
    firstName: 'José',
    lastName: 'Núñez',
    phone: '+39 333 123 4567',
    email: 'jose@old.es',
    address: 'Via Roma 1',
    notes: 'allergic to lavender',
    tags: ['vip', 'morning'],
    code: 'C-1',
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  });
  // The same instant as KEEP's e-mail consent: that row cannot move (same key) and must survive.
  const other = createCustomer(core.ctx, {
    firstName: 'Jose',
    lastName: 'Nunez',
    phone: '0039 345 765 4321',
    email: 'jose@new.es',
    birthday: '1980-05-02',
    notes: 'prefers mornings',
    tags: ['vip', 'coffee'],
    code: 'C-2',
    consents: [
      { channel: 'email', granted: false, source: 'web' },
      { channel: 'sms', granted: true, source: 'web' },
    ],
  });
  clock += 3_600_000;
  updateCustomer(
    core.ctx,
    other.id,
    asInput(other, { consents: [{ channel: 'email', granted: true, source: 'phone call' }] }),
  );
  setValue(keep.id, 'hair', 'curly');
  setValue(other.id, 'hair', 'straight');
  setValue(other.id, 'shoe', 42);
  setValue(other.id, 'card', true);
  visit(keep.id, 1200);
  visit(other.id, 800);
  visit(other.id, 2500);
  const removed = visit(other.id, 999);
  deleteInteraction(core.ctx, removed.id);
  clock += 86_400_000;
  return { keep, other };
}

describe('merge and undo', () => {
  it('merges OTHER into KEEP as chosen, and undo puts every row of every table back exactly', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const before = everyRow();
    const otherInteractions = rows<{ id: string }>(
      'SELECT id FROM interactions WHERE customer_id = ?',
      other.id,
    );
    core.events.length = 0;

    const { mergeId, customer } = mergeCustomers(core.ctx, {
      keepId: keep.id,
      otherId: other.id,
      choices: { firstName: 'other', email: 'other', code: 'other', 'custom:hair': 'other' },
    });

    // Chosen from OTHER: first name, e-mail, code, hair. Unlisted conflicts stay KEEP's; gaps are filled.
    expect(customer).toMatchObject({
      id: keep.id,
      firstName: 'Jose',
      lastName: 'Núñez',
      phone: '+39 333 123 4567',
      email: 'jose@new.es',
      birthday: '1980-05-02',
      address: 'Via Roma 1',
      notes: 'allergic to lavender',
      code: 'C-2',
      tags: ['coffee', 'morning', 'vip'],
      updatedAt: clock,
    });
    expect(fieldValues(keep.id)).toEqual({ hair: 'straight', shoe: 42, card: true });
    // Consent: history moved over, the latest per channel in force.
    expect(customer.consents).toEqual([
      { channel: 'email', granted: true, source: 'phone call', recordedAt: keep.createdAt + 3_600_000 },
      { channel: 'sms', granted: true, source: 'web', recordedAt: keep.createdAt },
    ]);
    // OTHER's e-mail row of the very same instant as KEEP's cannot share its key: it stays, kept, with OTHER.
    expect(rows('SELECT * FROM customer_consents WHERE customer_id = ?', keep.id)).toHaveLength(3);
    expect(rows('SELECT source FROM customer_consents WHERE customer_id = ?', other.id)).toEqual([
      { source: 'web' },
    ]);
    // Every interaction, the deleted one included, is KEEP's now; the facts count them.
    expect(rows('SELECT id FROM interactions WHERE customer_id = ?', other.id)).toEqual([]);
    expect(otherInteractions.length).toBe(3);
    expect(customerRow(keep.id)).toMatchObject({ visit_count: 1, total_spend_minor: 4500 });
    expect(customerRow(other.id)).toMatchObject({
      deleted_at: clock,
      merged_into: keep.id,
      code: null,
      visit_count: 0,
    });
    expect(nameSearch('nunez')).toEqual([keep.id]);
    expect(rows('SELECT kept_id, merged_id, undone_at FROM customer_merges')).toEqual([
      { kept_id: keep.id, merged_id: other.id, undone_at: null },
    ]);
    expect(core.events).toEqual([
      { event: 'customers:changed', payload: { ids: [keep.id, other.id] } },
      { event: 'interactions:changed', payload: { customerIds: [keep.id, other.id] } },
    ]);

    clock += 60_000;
    expect(undoMerge(core.ctx, mergeId)).toEqual({ keepId: keep.id, otherId: other.id });
    expect(everyRow()).toEqual(before);
    expect(nameSearch('nunez').sort()).toEqual([keep.id, other.id].sort());
    expect(nameSearch('C-2')).toEqual([other.id]);
    expect(nameSearch('straight')).toEqual([other.id]);
    expect(rows('SELECT undone_at FROM customer_merges')).toEqual([{ undone_at: clock }]);
    expect(() => undoMerge(core.ctx, mergeId)).toThrow('This merge has already been undone.');
  });

  it('keeps on KEEP what was logged there after the merge; the moved interactions go back', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const { mergeId } = mergeCustomers(core.ctx, { keepId: keep.id, otherId: other.id, choices: {} });
    const later = visit(keep.id, 300);
    undoMerge(core.ctx, mergeId);
    expect(
      rows('SELECT id FROM interactions WHERE customer_id = ? AND deleted_at IS NULL', other.id),
    ).toHaveLength(2);
    expect(
      rows<{ id: string }>('SELECT id FROM interactions WHERE customer_id = ?', keep.id).map((r) => r.id),
    ).toContain(later.id);
    expect(customerRow(keep.id)).toMatchObject({ total_spend_minor: 1500 });
    expect(customerRow(other.id)).toMatchObject({ deleted_at: null, merged_into: null, code: 'C-2' });
  });

  it('refuses to undo when KEEP was edited since, saying so plainly, and changes nothing', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const { mergeId, customer } = mergeCustomers(core.ctx, {
      keepId: keep.id,
      otherId: other.id,
      choices: {},
    });
    clock += 1000;
    updateCustomer(core.ctx, keep.id, asInput(customer, { notes: 'now also allergic to nuts' }));
    const edited = everyRow();
    expect(() => undoMerge(core.ctx, mergeId)).toThrow(
      'This merge cannot be undone: José Núñez was changed after the merge (details); undoing it would lose those changes.',
    );
    expect(everyRow()).toEqual(edited);
  });

  it('refuses to undo when OTHER was restored from the trash since', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const { mergeId } = mergeCustomers(core.ctx, { keepId: keep.id, otherId: other.id, choices: {} });
    sql('UPDATE customers SET deleted_at = NULL, merged_into = NULL WHERE id = ?', other.id);
    expect(() => undoMerge(core.ctx, mergeId)).toThrow(
      'This merge cannot be undone: Jose Nunez was restored from the trash after the merge.',
    );
  });

  it('refuses to undo when KEEP gave up a code that another customer has taken since', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const { mergeId } = mergeCustomers(core.ctx, {
      keepId: keep.id,
      otherId: other.id,
      choices: { code: 'other' },
    });
    createCustomer(core.ctx, { firstName: 'Newcomer', code: 'C-1' });
    expect(() => undoMerge(core.ctx, mergeId)).toThrow(
      'This merge cannot be undone: the customer code C-1 of José Núñez now belongs to another customer.',
    );
  });

  it('refuses the same id, unknown or trashed customers and choices that are not conflicts, changing nothing', () => {
    const { keep, other } = twoRecordsOfOnePerson();
    const third = createCustomer(core.ctx, { firstName: 'Gone' });
    sql('UPDATE customers SET deleted_at = 1 WHERE id = ?', third.id);
    const before = everyRow();
    const attempt = (keepId: string, otherId: string, choices: Record<string, string> = {}) =>
      core.call('customers:merge', { keepId, otherId, choices });
    expect(attempt(keep.id, keep.id)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'otherId',
        message: 'otherId: is the same customer as keepId; a customer cannot be merged into itself',
      },
    });
    expect(attempt(keep.id, 'nobody')).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No customer with id nobody.' },
    });
    expect(attempt(third.id, keep.id)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Gone is in the trash; restore them before merging.' },
    });
    // OTHER has no address, KEEP no shoe size: nothing to choose. The others are no fields at all.
    for (const key of ['address', 'custom:shoe', 'custom:nope', 'shoeSize']) {
      expect(attempt(keep.id, other.id, { [key]: 'other' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: `choices.${key}` },
      });
    }
    expect(attempt(keep.id, other.id, { address: 'other' })).toMatchObject({
      error: {
        message:
          'choices.address: is not a field these two customers fill in differently (those are: firstName, lastName, phone, email, notes, code, custom:hair)',
      },
    });
    expect(core.call('customers:undoMerge', { mergeId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No merge with id nope.' },
    });
    expect(everyRow()).toEqual(before);
  });
});
