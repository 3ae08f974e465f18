import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeSuggestionShop, type SuggestionShop } from '../suggestions/suggestion-shop.ts';
import { tableCounts } from '../test-support/temp-core.ts';
import type { CustomerSetInput } from '../../../shared/domain/customer-set.ts';

// Sending a list of customers to the follow-ups (today: 25 March 2027).

let shop: SuggestionShop;
beforeEach(() => {
  shop = makeSuggestionShop();
});
afterEach(() => shop.dispose());

const vips: CustomerSetInput = {
  kind: 'filter',
  filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
};
const pickedOf = (id: string) =>
  shop.call('suggestions:customer', { customerId: id }).filter((s) => s.kind === 'picked');

it('suggests everyone picked from a list, by the channel their consent allows, until a follow-up answers it', () => {
  const ann = shop.customer({
    firstName: 'Ann',
    email: 'ann@example.com',
    tags: ['vip'],
    consents: [{ channel: 'email', granted: true, source: 'form' }],
  });
  // E-mail on file but no consent: a marketing follow-up may not go by e-mail.
  const bob = shop.customer({ firstName: 'Bob', email: 'bob@example.com', tags: ['vip'] });
  const cid = shop.customer({ firstName: 'Cid', tags: ['regular'] });
  for (const id of [ann, bob, cid]) shop.add(id, '2026-06-01');

  expect(shop.call('segments:pickForFollowUps', { set: vips, source: 'VIPs' })).toEqual({ customers: 2 });
  const rows = shop.call('suggestions:today', { limit: 50 }).rows.filter((row) => row.kind === 'picked');
  expect(rows.map((row) => [row.firstName, row.channel])).toEqual(
    expect.arrayContaining([
      ['Ann', 'email'],
      ['Bob', 'in_person'],
    ]),
  );
  expect(rows).toHaveLength(2);
  expect(pickedOf(ann)[0]).toMatchObject({
    reasons: ['Picked from “VIPs” today.'],
    numbers: { source: 'VIPs', pickedDaysAgo: 0 },
    message: 'Hello Ann, we have been thinking of you at Chez Lúcia. We would love to see you again soon!',
  });
  expect(pickedOf(cid)).toEqual([]);

  shop.call('suggestions:act', { customerId: ann, kind: 'picked' });
  expect(pickedOf(ann)).toEqual([]);
  expect(pickedOf(bob)).toHaveLength(1);

  // A month on, the pick has lapsed by itself.
  shop.setToday(2027, 4, 26);
  expect(pickedOf(bob)).toEqual([]);
});

it('is audited, refuses a list without a name, and picks nobody from an empty list', () => {
  const ann = shop.customer({ firstName: 'Ann', tags: ['vip'] });
  shop.call('segments:pickForFollowUps', { set: vips, source: 'VIPs' });
  const audit = shop.call('audit:list', { limit: 5 }).items.map((item) => item.summary);
  expect(audit).toContain('Picked 1 customer from “VIPs” for a follow-up');

  const before = tableCounts(shop.core);
  expect(shop.core.call('segments:pickForFollowUps', { set: vips, source: '  ' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', field: 'source' },
  });
  const nobody: CustomerSetInput = {
    kind: 'filter',
    filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'none' }] },
  };
  expect(shop.call('segments:pickForFollowUps', { set: nobody, source: 'Nobody' })).toEqual({ customers: 0 });
  expect(tableCounts(shop.core)).toEqual(before);
  expect(pickedOf(ann)).toHaveLength(1);
});
