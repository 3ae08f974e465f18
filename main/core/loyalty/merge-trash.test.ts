import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer } from '../services/customers.ts';
import { logInteraction } from '../services/interactions.ts';
import { mergeCustomers } from '../services/merge.ts';
import { undoMerge } from '../services/merge-undo.ts';
import { deleteCustomers, purgeCustomers, restoreCustomers } from '../services/trash.ts';
import { redeemPoints } from './points-service.ts';
import { recomputeLoyalty, setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyStatus } from './status-service.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

// Merges, undo, trash, restore and purge leave every ledger consistent: a recompute from
// scratch afterwards finds nothing to add.

let core: TempCore;
let clock: number;
let ann: string;
let dupe: string;
beforeEach(() => {
  clock = localNoon(2026, 2, 2);
  core = makeTempCore({ now: () => clock });
  setLoyaltyProgram(core.ctx, { program: CAFE_PROGRAM });
  ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  dupe = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee', phone: '555 0100' }).id;
  clock += DAY;
  logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 6000 });
  logInteraction(core.ctx, { customerId: dupe, kind: 'purchase', amountMinor: 9000 });
  redeemPoints(core.ctx, { customerId: dupe, rewardId: 'r2' });
  clock += DAY;
});
afterEach(() => core.dispose());

const balance = (id: string) => getLoyaltyStatus(core.ctx, id).balance;
const rowsOf = (id: string) =>
  core.ctx.db
    .prepare<[string], { n: number }>('SELECT count(*) AS n FROM loyalty_ledger WHERE customer_id = ?')
    .get(id)?.n;

it('a merge carries the points, spent ones included, and its undo gives each back exactly', () => {
  expect([balance(ann), balance(dupe)]).toEqual([60, 10]);
  const { mergeId } = mergeCustomers(core.ctx, { keepId: ann, otherId: dupe, choices: {} });
  expect(balance(ann)).toBe(70);
  expect(getLoyaltyStatus(core.ctx, ann).tier?.name).toBe('Silver');
  expect(rowsOf(dupe)).toBe(0);
  expect(recomputeLoyalty(core.ctx).appended).toBe(0);
  undoMerge(core.ctx, mergeId);
  expect([balance(ann), balance(dupe)]).toEqual([60, 10]);
  expect(recomputeLoyalty(core.ctx).appended).toBe(0);
});

it('trash keeps the ledger, restore catches it up, purge erases it with the customer', () => {
  deleteCustomers(core.ctx, { ids: [dupe] });
  expect(() => getLoyaltyStatus(core.ctx, dupe)).toThrow(/No customer/);
  restoreCustomers(core.ctx, { ids: [dupe] });
  expect(balance(dupe)).toBe(10);
  deleteCustomers(core.ctx, { ids: [dupe] });
  purgeCustomers(core.ctx, { ids: [dupe] });
  expect(rowsOf(dupe)).toBe(0);
  expect(
    core.ctx.db.prepare('SELECT count(*) AS n FROM loyalty_accounts WHERE customer_id = ?').get(dupe),
  ).toEqual({ n: 0 });
  expect(recomputeLoyalty(core.ctx)).toMatchObject({ customers: 1, appended: 0 });
});
