import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomer, searchCustomers } from './customers.ts';
import { listCustomers } from './customer-list.ts';
import { logInteraction } from './interactions.ts';
import { deleteCustomers, listTrashedCustomers, purgeCustomers, restoreCustomers } from './trash.ts';

const DAY = 86_400_000;
let core: TempCore;
let clock: number;
let ann: string;
let bob: string;
let cat: string;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 1, 9, 0);
  core = makeTempCore({ now: () => clock });
  ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee', tags: ['vip'] }).id;
  bob = createCustomer(core.ctx, { firstName: 'Bob', lastName: 'Ray', tags: ['vip', 'bob-only'] }).id;
  cat = createCustomer(core.ctx, { firstName: 'Cat', lastName: 'Zed' }).id;
  logInteraction(core.ctx, { customerId: bob, kind: 'visit', amountMinor: 1200 });
  core.events.length = 0;
});
afterEach(() => core.dispose());

const errorOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { code, message, field } = error as { code: string; message: string; field?: string };
    return { code, message, field };
  }
  throw new Error('expected a refusal');
};
const count = (sql: string) => core.ctx.db.prepare<[], { n: number }>(sql).get()?.n;

describe('delete and restore', () => {
  it('moves customers to the trash with their history, newest deleted first', () => {
    expect(deleteCustomers(core.ctx, { ids: [bob] })).toEqual({ deletedIds: [bob] });
    clock += 1000;
    deleteCustomers(core.ctx, { ids: [cat, cat] });
    expect(() => getCustomer(core.ctx, bob)).toThrow(/No customer/);
    expect(searchCustomers(core.ctx, 'bob', 10)).toEqual([]);
    expect(listCustomers(core.ctx, {}).items.map((c) => c.firstName)).toEqual(['Ann']);
    expect(listCustomers(core.ctx, {}).total).toBe(1);
    const trash = listTrashedCustomers(core.ctx, { limit: 10, offset: 0 });
    expect(trash.total).toBe(2);
    expect(trash.items.map((c) => [c.firstName, c.deletedAt])).toEqual([
      ['Cat', clock],
      ['Bob', clock - 1000],
    ]);
    expect(trash.items[1]).toMatchObject({ visitCount: 1, totalSpendMinor: 1200 });
    expect(trash.items[1]?.tags.sort()).toEqual(['bob-only', 'vip']);
    expect(count('SELECT count(*) AS n FROM interactions')).toBe(1);
    expect(core.events).toEqual([
      { event: 'customers:changed', payload: { ids: [bob] } },
      { event: 'interactions:changed', payload: { customerIds: [bob] } },
      { event: 'customers:changed', payload: { ids: [cat] } },
      { event: 'interactions:changed', payload: { customerIds: [cat] } },
    ]);
  });

  it('brings customers back exactly as they were', () => {
    const before = getCustomer(core.ctx, bob);
    deleteCustomers(core.ctx, { ids: [bob, cat] });
    clock += DAY;
    expect(restoreCustomers(core.ctx, { ids: [bob, cat] })).toEqual({ restoredIds: [bob, cat] });
    expect(getCustomer(core.ctx, bob)).toEqual(before);
    expect(searchCustomers(core.ctx, 'bob', 10).map((c) => c.id)).toEqual([bob]);
    expect(listTrashedCustomers(core.ctx, { limit: 10, offset: 0 })).toEqual({ items: [], total: 0 });
  });

  it('refuses customers that are gone or in the wrong place, and changes nothing', () => {
    deleteCustomers(core.ctx, { ids: [cat] });
    const before = tableCounts(core);
    core.events.length = 0;
    expect(errorOf(() => deleteCustomers(core.ctx, { ids: [ann, cat] }))).toEqual({
      code: 'not_found',
      field: 'ids',
      message: '1 of the selected customers no longer exists (deleted or merged); nothing was changed.',
    });
    expect(errorOf(() => restoreCustomers(core.ctx, { ids: [cat, ann] }))).toEqual({
      code: 'conflict',
      field: 'ids',
      message:
        '1 of the selected customers is not in the trash; only customers in the trash can be restored.',
    });
    expect(errorOf(() => restoreCustomers(core.ctx, { ids: ['missing', cat] })).code).toBe('not_found');
    core.ctx.db.prepare('UPDATE customers SET merged_into = ? WHERE id = ?').run(ann, cat);
    expect(errorOf(() => restoreCustomers(core.ctx, { ids: [cat] })).message).toMatch(
      /^The selected customer was merged into another customer; undo the merge/,
    );
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
    expect(listCustomers(core.ctx, {}).total).toBe(2);
  });
});

describe('purge', () => {
  it('refuses customers that are not in the trash', () => {
    const before = tableCounts(core);
    expect(errorOf(() => purgeCustomers(core.ctx, { ids: [bob] }))).toEqual({
      code: 'conflict',
      field: 'ids',
      message: 'The selected customer is not in the trash; only customers in the trash can be purged.',
    });
    expect(errorOf(() => purgeCustomers(core.ctx, { ids: ['missing'] })).code).toBe('not_found');
    expect(tableCounts(core)).toEqual(before);
  });

  it('erases everything that mentions them: history, tags only they had, merges, dismissed pairs', () => {
    core.ctx.db.exec(`
      INSERT INTO customer_merges (id, kept_id, merged_id, merged_at, snapshot) VALUES
        ('m1', '${ann}', '${bob}', 1, '{}'), ('m2', '${ann}', '${cat}', 1, '{}');
      INSERT INTO duplicate_dismissals (a_id, b_id, dismissed_at) VALUES
        ('${[ann, bob].sort().join("', '")}', 1), ('${[ann, cat].sort().join("', '")}', 1);
    `);
    deleteCustomers(core.ctx, { ids: [bob, cat] });
    // Cat sits in the trash merged into Bob: once Bob is gone there is no merge left to undo.
    core.ctx.db.prepare('UPDATE customers SET merged_into = ? WHERE id = ?').run(bob, cat);
    core.events.length = 0;

    expect(purgeCustomers(core.ctx, { ids: [bob] })).toEqual({ purged: 1 });

    expect(tableCounts(core)).toMatchObject({
      customers: 2,
      interactions: 0,
      customer_tags: 1,
      tags: 1,
      customer_merges: 1,
      duplicate_dismissals: 1,
    });
    expect(count(`SELECT count(*) AS n FROM customers WHERE merged_into IS NOT NULL`)).toBe(0);
    expect(restoreCustomers(core.ctx, { ids: [cat] }).restoredIds).toEqual([cat]);
    expect(core.events.map((e) => e.event)).toEqual([
      'customers:changed',
      'interactions:changed',
      'customers:changed',
      'interactions:changed',
    ]);
  });

  it('erases by age: only customers trashed at least that many days ago', () => {
    deleteCustomers(core.ctx, { ids: [bob] });
    clock += 10 * DAY;
    deleteCustomers(core.ctx, { ids: [cat] });
    clock += 5 * DAY;
    expect(purgeCustomers(core.ctx, { olderThanDays: 16 })).toEqual({ purged: 0 });
    expect(purgeCustomers(core.ctx, { olderThanDays: 15 })).toEqual({ purged: 1 });
    expect(listTrashedCustomers(core.ctx, { limit: 10, offset: 0 }).items.map((c) => c.id)).toEqual([cat]);
    expect(purgeCustomers(core.ctx, { olderThanDays: 0 })).toEqual({ purged: 1 });
    expect(tableCounts(core).customers).toBe(1);
  });
});
