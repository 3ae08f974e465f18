import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomer, updateCustomer } from './customers.ts';
import { logInteraction } from './interactions.ts';
import { mergeCustomers, type MergeSnapshot } from './merge.ts';
import { undoMerge } from './merge-undo.ts';

// A merge journaled before migration 40 saved customer rows without birthday_changed_at (any
// later migration that adds a customers column does the same): undo restores the columns the
// saved rows have, and the newer ones keep the values they hold now.

let core: TempCore;
let clock: number;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 1, 9, 0);
  core = makeTempCore({ now: () => clock });
});
afterEach(() => core.dispose());

type Row = Record<string, unknown>;
const customerRow = (id: string) =>
  core.ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as Row;
const without = (row: Row, column: string) =>
  Object.fromEntries(Object.entries(row).filter(([c]) => c !== column));

/** Merges two records of one person, then rewrites the journal entry as a pre-40 version wrote it. */
function mergeJournaledInTheOldShape() {
  const keep = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee', phone: '+39 333 123 4567' });
  const other = createCustomer(core.ctx, { firstName: 'Anne', lastName: 'Lee', birthday: '1980-05-02' });
  clock += 60_000;
  logInteraction(core.ctx, { customerId: keep.id, kind: 'visit', amountMinor: 1200, occurredAt: clock });
  logInteraction(core.ctx, { customerId: other.id, kind: 'visit', amountMinor: 800, occurredAt: clock });
  clock += 86_400_000;
  const before = { keep: customerRow(keep.id), other: customerRow(other.id) };
  const { mergeId } = mergeCustomers(core.ctx, {
    keepId: keep.id,
    otherId: other.id,
    choices: {},
  });
  const stored = core.ctx.db
    .prepare<[string], { snapshot: string }>('SELECT snapshot FROM customer_merges WHERE id = ?')
    .get(mergeId);
  const snapshot = JSON.parse(stored?.snapshot ?? '') as MergeSnapshot;
  for (const state of [
    snapshot.before.keep,
    snapshot.before.other,
    snapshot.after.keep,
    snapshot.after.other,
  ]) {
    expect(state.row).toHaveProperty('birthday_changed_at');
    delete (state.row as Partial<typeof state.row>).birthday_changed_at;
  }
  core.ctx.db
    .prepare('UPDATE customer_merges SET snapshot = ? WHERE id = ?')
    .run(JSON.stringify(snapshot), mergeId);
  clock += 1000;
  return { keep, other, mergeId, before };
}

it('undoes a merge whose journal predates birthday_changed_at, keeping that column as it is now', () => {
  const { keep, other, mergeId, before } = mergeJournaledInTheOldShape();
  // The merge filled KEEP's empty birthday from OTHER, with its date of change; the old journal
  // has no such column, so undo leaves it as it is now.
  const changedAtNow = customerRow(keep.id).birthday_changed_at;
  expect(changedAtNow).toBe(before.other.birthday_changed_at);

  expect(undoMerge(core.ctx, mergeId)).toEqual({ keepId: keep.id, otherId: other.id });

  const keepAfter = customerRow(keep.id);
  expect(without(keepAfter, 'birthday_changed_at')).toEqual(without(before.keep, 'birthday_changed_at'));
  expect(keepAfter.birthday_changed_at).toBe(changedAtNow);
  expect(customerRow(other.id)).toEqual(before.other);
  const visits = core.ctx.db.prepare(
    'SELECT customer_id, count(*) AS n FROM interactions GROUP BY customer_id',
  );
  expect(visits.all()).toEqual(
    expect.arrayContaining([
      { customer_id: keep.id, n: 1 },
      { customer_id: other.id, n: 1 },
    ]),
  );
  expect(getCustomer(core.ctx, other.id)).toMatchObject({ birthday: '1980-05-02' });
});

it('still refuses to undo an old-shape merge when KEEP was edited since, changing nothing', () => {
  const { keep, mergeId } = mergeJournaledInTheOldShape();
  const customer = getCustomer(core.ctx, keep.id);
  updateCustomer(core.ctx, keep.id, {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    email: customer.email,
    birthday: customer.birthday,
    address: customer.address,
    notes: 'edited after the merge',
    tags: customer.tags,
    code: customer.code,
    consents: [],
    customFields: customer.customFields,
  });
  const edited = customerRow(keep.id);
  expect(() => undoMerge(core.ctx, mergeId)).toThrow(/was changed after the merge \(details\)/);
  expect(customerRow(keep.id)).toEqual(edited);
});
