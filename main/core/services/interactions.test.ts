import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomerProfile, listCustomers } from './customers.ts';
import { logInteraction } from './interactions.ts';

let core: TempCore;
let customerId: string;
const NOW = Date.UTC(2026, 10, 22, 15, 30);
beforeEach(() => {
  core = makeTempCore({ now: () => NOW });
  customerId = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  core.events.length = 0;
});
afterEach(() => core.dispose());

it('logs a visit now by default, shows it first on the timeline and as the last visit', () => {
  logInteraction(core.ctx, { customerId, kind: 'purchase', amountMinor: 900, occurredAt: NOW - 86_400_000 });
  const visit = logInteraction(core.ctx, {
    customerId,
    kind: 'visit',
    amountMinor: 1250,
    note: 'cut & colour',
  });
  expect(visit).toMatchObject({ occurredAt: NOW, kind: 'visit', channel: 'in_person', amountMinor: 1250 });
  const { interactions } = getCustomerProfile(core.ctx, customerId);
  expect(interactions.map((i) => [i.kind, i.amountMinor, i.note])).toEqual([
    ['visit', 1250, 'cut & colour'],
    ['purchase', 900, ''],
  ]);
  expect(listCustomers(core.ctx, { limit: 5, offset: 0 }).items[0]?.lastVisitAt).toBe(NOW);
  expect(core.events).toEqual([
    { event: 'interactions:changed', payload: { customerIds: [customerId] } },
    { event: 'interactions:changed', payload: { customerIds: [customerId] } },
  ]);
});

it('does not count a call as a visit', () => {
  logInteraction(core.ctx, { customerId, kind: 'call' });
  expect(listCustomers(core.ctx, { limit: 5, offset: 0 }).items[0]?.lastVisitAt).toBeNull();
});

it.each([
  [{ kind: 'visit', nps: 11 }, /NPS is 0 to 10/],
  [{ kind: 'visit', csat: 0 }, /CSAT is 1 to 5/],
  [{ kind: 'visit', ces: 8 }, /CES is 1 to 7/],
  [{ kind: 'visit', amountMinor: -5 }, /amountMinor: must not be negative/],
  [{ kind: 'visit', amountMinor: 12.5 }, /whole cents/],
  [{ kind: 'haircut' }, /kind/],
  [{ kind: 'visit', occurredAt: Date.UTC(2224, 0, 1) }, /after 2200/],
  [{ kind: 'visit', staffId: 'ghost' }, /No staff member with id ghost/],
])('refuses %j and changes nothing', (input, message) => {
  const before = tableCounts(core);
  expect(() => logInteraction(core.ctx, { customerId, ...input } as never)).toThrow(message);
  expect(tableCounts(core)).toEqual(before);
  expect(core.events).toEqual([]);
});

it('refuses an unknown customer', () => {
  expect(() => logInteraction(core.ctx, { customerId: 'nobody', kind: 'visit' })).toThrow(
    /No customer with id nobody/,
  );
});
