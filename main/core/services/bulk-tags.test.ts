import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshSearchExtraOf } from '../repos/customer-sets-repo.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { bulkTag } from './bulk-tags.ts';
import { createCustomField } from './custom-fields.ts';
import { createCustomer, getCustomer, searchCustomers } from './customers.ts';
import { deleteCustomers } from './trash.ts';

let core: TempCore;
let clock: number;
let ann: string;
let bob: string;
let cat: string;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 1, 9, 0);
  core = makeTempCore({ now: () => clock });
  ann = createCustomer(core.ctx, { firstName: 'Ann', tags: ['vip'] }).id;
  bob = createCustomer(core.ctx, { firstName: 'Bob' }).id;
  cat = createCustomer(core.ctx, { firstName: 'Cat', tags: ['Morning'] }).id;
  core.events.length = 0;
});
afterEach(() => core.dispose());

const tagsOf = (id: string) => getCustomer(core.ctx, id).tags;
const found = (query: string) => searchCustomers(core.ctx, query, 10).map((c) => c.firstName);

describe('bulkTag', () => {
  it('tags only those without the tag, reports exactly them, and makes them findable by it', () => {
    clock += 60_000;
    expect(bulkTag(core.ctx, { ids: [ann, bob, cat, bob], tag: 'vip', action: 'add' })).toEqual({
      changedIds: [bob, cat],
    });
    expect([tagsOf(ann), tagsOf(bob), tagsOf(cat)]).toEqual([['vip'], ['vip'], ['Morning', 'vip']]);
    expect(found('vip')).toEqual(['Ann', 'Bob', 'Cat']);
    expect(getCustomer(core.ctx, bob).updatedAt).toBe(clock);
    expect(getCustomer(core.ctx, ann).updatedAt).toBeLessThan(clock);
    expect(core.events).toEqual([{ event: 'customers:changed', payload: { ids: [bob, cat] } }]);
  });

  it('uses an existing tag whatever the case typed', () => {
    expect(bulkTag(core.ctx, { ids: [ann], tag: 'MORNING', action: 'add' }).changedIds).toEqual([ann]);
    expect(tagsOf(ann)).toEqual(['Morning', 'vip']);
    expect(tableCounts(core).tags).toBe(2);
  });

  it('untags only those with the tag, so the opposite action on changedIds undoes it exactly', () => {
    const before = [tagsOf(ann), tagsOf(bob), tagsOf(cat)];
    const added = bulkTag(core.ctx, { ids: [ann, bob, cat], tag: 'vip', action: 'add' });
    expect(bulkTag(core.ctx, { ids: added.changedIds, tag: 'vip', action: 'remove' }).changedIds).toEqual([
      bob,
      cat,
    ]);
    expect([tagsOf(ann), tagsOf(bob), tagsOf(cat)]).toEqual(before);
    expect(found('vip')).toEqual(['Ann']);

    const removed = bulkTag(core.ctx, { ids: [ann, bob], tag: 'vip', action: 'remove' });
    expect(removed.changedIds).toEqual([ann]);
    expect(bulkTag(core.ctx, { ids: removed.changedIds, tag: 'vip', action: 'add' }).changedIds).toEqual([
      ann,
    ]);
    expect([tagsOf(ann), tagsOf(bob), tagsOf(cat)]).toEqual(before);
  });

  it('changes nothing and announces nothing when nobody changes, or the tag does not exist', () => {
    const before = tableCounts(core);
    expect(bulkTag(core.ctx, { ids: [ann], tag: 'vip', action: 'add' }).changedIds).toEqual([]);
    expect(bulkTag(core.ctx, { ids: [ann, bob], tag: 'never-used', action: 'remove' }).changedIds).toEqual(
      [],
    );
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('refuses the whole selection when some customers are gone, and changes nothing', () => {
    deleteCustomers(core.ctx, { ids: [cat] });
    core.events.length = 0;
    const before = tableCounts(core);
    expect(() =>
      bulkTag(core.ctx, { ids: [ann, bob, cat, 'missing-1', 'missing-2'], tag: 'x', action: 'add' }),
    ).toThrow(
      expect.objectContaining({
        code: 'not_found',
        field: 'ids',
        message: '3 of the selected customers no longer exist (deleted or merged); nothing was changed.',
      }),
    );
    expect(() => bulkTag(core.ctx, { ids: [ann, cat], tag: 'x', action: 'add' })).toThrow(
      /^1 of the selected customers no longer exists/,
    );
    expect(() => bulkTag(core.ctx, { ids: ['missing'], tag: 'x', action: 'add' })).toThrow(
      /^The selected customer no longer exists/,
    );
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('refuses a tag with a comma, like the customer form', () => {
    expect(() => bulkTag(core.ctx, { ids: [ann], tag: 'a,b', action: 'add' })).toThrow(
      /tag: must not contain a comma/,
    );
  });
});

describe('refreshSearchExtraOf', () => {
  it('computes the same search text as refreshSearchExtra, one customer at a time', () => {
    const size = createCustomField(core.ctx, { name: 'Size', type: 'number' }).id;
    const hair = createCustomField(core.ctx, { name: 'Hair', type: 'choice', choices: ['curly'] }).id;
    const yes = createCustomField(core.ctx, { name: 'Newsletter', type: 'boolean' }).id;
    const id = createCustomer(core.ctx, {
      firstName: 'Dee',
      tags: ['vip', 'late'],
      customFields: { [size]: 38.5, [hair]: 'curly', [yes]: true },
    }).id;
    const extra = () =>
      core.ctx.db
        .prepare<[string], { search_extra: string }>('SELECT search_extra FROM customers WHERE id = ?')
        .get(id)?.search_extra;
    refreshSearchExtra(core.ctx.db, id);
    const single = extra();
    expect(single).toMatch(/vip/);
    expect(single).toMatch(/38\.5/);
    core.ctx.db.prepare("UPDATE customers SET search_extra = '' WHERE id = ?").run(id);
    refreshSearchExtraOf(core.ctx.db, [id], clock, null);
    expect(extra()).toBe(single);
  });
});
