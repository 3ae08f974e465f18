import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_SQL } from '../repos/interactions-repo.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomerProfile, listCustomers } from './customers.ts';
import { listInteractions, logInteraction } from './interactions.ts';
import { setCurrentStaffId } from './session.ts';
import { createStaff, updateStaff } from './staff.ts';

let core: TempCore;
let customerId: string;
const NOW = Date.UTC(2026, 10, 22, 15, 30);
const HOUR = 3_600_000;
beforeEach(() => {
  core = makeTempCore({ now: () => NOW });
  customerId = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  core.events.length = 0;
});
afterEach(() => core.dispose());

const changed = (id: string) => [
  { event: 'interactions:changed', payload: { customerIds: [id] } },
  { event: 'customers:changed', payload: { ids: [id] } },
];

describe('interactions:log', () => {
  it('logs a visit now by default, shows it first on the timeline and as the last visit', () => {
    logInteraction(core.ctx, { customerId, kind: 'purchase', amountMinor: 900, occurredAt: NOW - 24 * HOUR });
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
    expect(listCustomers(core.ctx, { limit: 5, offset: 0 }).items[0]).toMatchObject({
      lastVisitAt: NOW,
      visitCount: 2,
      totalSpendMinor: 2150,
    });
    expect(core.events).toEqual([...changed(customerId), ...changed(customerId)]);
  });

  it('does not count a call as a visit', () => {
    logInteraction(core.ctx, { customerId, kind: 'call' });
    expect(listCustomers(core.ctx, { limit: 5, offset: 0 }).items[0]?.lastVisitAt).toBeNull();
  });

  it('accepts a refund as a negative purchase, which takes the money off the spend', () => {
    logInteraction(core.ctx, { customerId, kind: 'purchase', amountMinor: 5000 });
    logInteraction(core.ctx, { customerId, kind: 'purchase', amountMinor: -1500, note: 'refund' });
    expect(listCustomers(core.ctx, { limit: 5, offset: 0 }).items[0]?.totalSpendMinor).toBe(3500);
  });

  it('stamps the staff member at the counter, and records who saved it', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const lou = createStaff(core.ctx, { displayName: 'Lou' });
    setCurrentStaffId(core.ctx, sam.id);
    const mine = logInteraction(core.ctx, { customerId, kind: 'visit' });
    const forLou = logInteraction(core.ctx, { customerId, kind: 'visit', staffId: lou.id });
    const nobody = logInteraction(core.ctx, { customerId, kind: 'note', staffId: null });
    const stamps = core.ctx.db
      .prepare('SELECT id, staff_id, created_by, updated_by FROM interactions ORDER BY rowid')
      .all();
    expect(stamps).toEqual([
      { id: mine.id, staff_id: sam.id, created_by: sam.id, updated_by: sam.id },
      { id: forLou.id, staff_id: lou.id, created_by: sam.id, updated_by: sam.id },
      { id: nobody.id, staff_id: null, created_by: sam.id, updated_by: sam.id },
    ]);
    expect(mine.staffId).toBe(sam.id);
  });

  it('refuses a deactivated staff member by name, and changes nothing', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    updateStaff(core.ctx, sam.id, { displayName: 'Sam Okafor', active: false });
    core.events.length = 0;
    const before = tableCounts(core);
    expect(core.call('interactions:log', { customerId, kind: 'visit', staffId: sam.id })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Sam Okafor is no longer active.', field: 'staffId' },
    });
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it.each([
    [{ kind: 'visit', nps: 11 }, /NPS is 0 to 10/],
    [{ kind: 'visit', csat: 0 }, /CSAT is 1 to 5/],
    [{ kind: 'visit', ces: 8 }, /CES is 1 to 7/],
    [{ kind: 'visit', amountMinor: -5 }, /amountMinor: must not be negative unless it is a purchase refund/],
    [{ kind: 'complaint', amountMinor: -5 }, /amountMinor: must not be negative/],
    [{ kind: 'visit', amountMinor: 12.5 }, /whole cents/],
    [{ kind: 'haircut' }, /kind/],
    [{ kind: 'visit', channel: 'pigeon' }, /channel/],
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
});

describe('interactions:list', () => {
  function seed() {
    const kinds = ['visit', 'call', 'purchase', 'note', 'visit', 'complaint'] as const;
    return kinds.map((kind, hour) =>
      logInteraction(core.ctx, { customerId, kind, occurredAt: NOW + hour * HOUR }),
    );
  }

  it('reads newest first, filtered by kind, a page at a time with before', () => {
    const logged = seed();
    const all = listInteractions(core.ctx, { customerId, kinds: [], limit: 200 });
    expect(all.map((i) => i.id)).toEqual(logged.map((i) => i.id).reverse());
    const visits = listInteractions(core.ctx, { customerId, kinds: ['visit', 'purchase'], limit: 200 });
    expect(visits.map((i) => i.kind)).toEqual(['visit', 'purchase', 'visit']);
    const firstPage = listInteractions(core.ctx, { customerId, kinds: [], limit: 4 });
    const nextPage = listInteractions(core.ctx, {
      customerId,
      kinds: [],
      limit: 4,
      before: firstPage.at(-1)?.occurredAt,
    });
    expect([...firstPage, ...nextPage]).toEqual(all);
  });

  it('leaves deleted interactions and other customers out', () => {
    seed();
    const other = createCustomer(core.ctx, { firstName: 'Bo' }).id;
    logInteraction(core.ctx, { customerId: other, kind: 'visit' });
    core.ctx.db.prepare("UPDATE interactions SET deleted_at = 1 WHERE kind = 'note'").run();
    const kinds = listInteractions(core.ctx, { customerId, kinds: [], limit: 200 }).map((i) => i.kind);
    expect(kinds).toEqual(['complaint', 'visit', 'purchase', 'call', 'visit']);
  });

  it('answers not_found for an unknown customer through the dispatcher', () => {
    expect(core.call('interactions:list', { customerId: 'nobody' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No customer with id nobody.' },
    });
  });

  it('reads along interactions_by_customer, not a scan', () => {
    const plan = core.ctx.db
      .prepare(`EXPLAIN QUERY PLAN ${TIMELINE_SQL}`)
      .all({ customerId, kinds: '[]', limit: 10, before: NOW }) as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toContain('USING INDEX interactions_by_customer (customer_id=? AND occurred_at<?)');
    expect(details).not.toMatch(/SCAN interactions\b(?! USING)/);
  });
});
