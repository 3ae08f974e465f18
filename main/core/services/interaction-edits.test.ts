import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../../shared/domain/interaction.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomerProfile } from './customers.ts';
import {
  deleteInteraction,
  listInteractions,
  logInteraction,
  restoreInteraction,
  updateInteraction,
} from './interactions.ts';
import { setCurrentStaffId } from './session.ts';
import { createStaff, updateStaff } from './staff.ts';

// Editing, deleting and restoring interactions: each keeps the customer's visit facts in step
// and says so; undo of a delete brings back the very same row.

let core: TempCore;
let clock: number;
let customerId: string;
let visit: Interaction;
const T0 = Date.UTC(2026, 10, 22, 12, 0);
const DAY = 86_400_000;
beforeEach(() => {
  clock = T0;
  core = makeTempCore({ now: () => clock });
  customerId = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  logInteraction(core.ctx, { customerId, kind: 'visit', amountMinor: 1000, occurredAt: T0 - 10 * DAY });
  visit = logInteraction(core.ctx, { customerId, kind: 'visit', amountMinor: 2500, note: 'cut' });
  core.events.length = 0;
  clock = T0 + 60_000;
});
afterEach(() => core.dispose());

const rowOf = (id: string) => core.ctx.db.prepare('SELECT * FROM interactions WHERE id = ?').get(id);
const statsOf = (id: string) =>
  core.ctx.db
    .prepare(
      'SELECT first_visit_at, last_visit_at, visit_count, total_spend_minor FROM customers WHERE id = ?',
    )
    .get(id);
const changed = [
  { event: 'interactions:changed', payload: { customerIds: [expect.any(String)] } },
  { event: 'customers:changed', payload: { ids: [expect.any(String)] } },
];

describe('interactions:update', () => {
  it('replaces the fields, keeps an omitted date and staff member, and refreshes the facts', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const lou = createStaff(core.ctx, { displayName: 'Lou' });
    const logged = logInteraction(core.ctx, { customerId, kind: 'visit', staffId: sam.id, amountMinor: 500 });
    setCurrentStaffId(core.ctx, lou.id);
    core.events.length = 0;
    clock = T0 + 120_000;

    const updated = updateInteraction(core.ctx, logged.id, { kind: 'purchase', amountMinor: 4200, csat: 5 });
    expect(updated).toEqual({
      ...logged,
      kind: 'purchase',
      amountMinor: 4200,
      csat: 5,
      note: '',
      updatedAt: T0 + 120_000,
    });
    expect(rowOf(logged.id)).toMatchObject({ staff_id: sam.id, created_by: null, updated_by: lou.id });
    expect(statsOf(customerId)).toMatchObject({ visit_count: 2, total_spend_minor: 1000 + 2500 + 4200 });
    expect(core.events).toEqual([
      { event: 'interactions:changed', payload: { customerIds: [customerId] } },
      { event: 'customers:changed', payload: { ids: [customerId] } },
    ]);
  });

  it('moves a visit to another day and the facts follow', () => {
    updateInteraction(core.ctx, visit.id, { kind: 'visit', amountMinor: 2500, occurredAt: T0 - 20 * DAY });
    expect(statsOf(customerId)).toEqual({
      first_visit_at: T0 - 20 * DAY,
      last_visit_at: T0 - 10 * DAY,
      visit_count: 2,
      total_spend_minor: 3500,
    });
    expect(getCustomerProfile(core.ctx, customerId).facts.usualIntervalDays).toBe(10);
  });

  it('keeps a staff member who has left on an old entry, but refuses them as a new name', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const old = logInteraction(core.ctx, { customerId, kind: 'visit', staffId: sam.id });
    updateStaff(core.ctx, sam.id, { displayName: 'Sam Okafor', active: false });
    expect(
      updateInteraction(core.ctx, old.id, { kind: 'visit', note: 'fixed', staffId: sam.id }),
    ).toMatchObject({ staffId: sam.id, note: 'fixed' });
    core.events.length = 0;
    const before = rowOf(visit.id);
    expect(
      core.call('interactions:update', { id: visit.id, fields: { kind: 'visit', staffId: sam.id } }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Sam Okafor is no longer active.', field: 'staffId' },
    });
    expect(rowOf(visit.id)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it.each([
    [
      { kind: 'visit', amountMinor: -100 },
      'fields.amountMinor: must not be negative unless it is a purchase refund',
    ],
    [{ kind: 'visit', nps: 11 }, 'fields.nps: NPS is 0 to 10'],
    [{ kind: 'visit', staffId: 'ghost' }, 'No staff member with id ghost.'],
  ])('refuses %j and changes nothing', (fields, message) => {
    const before = rowOf(visit.id);
    const result = core.call('interactions:update', { id: visit.id, fields });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
    expect(rowOf(visit.id)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('takes a refund on a purchase', () => {
    expect(updateInteraction(core.ctx, visit.id, { kind: 'purchase', amountMinor: -2500 }).amountMinor).toBe(
      -2500,
    );
    expect(statsOf(customerId)).toMatchObject({ total_spend_minor: 1000 - 2500 });
  });
});

describe('interactions:delete and interactions:restore', () => {
  it('restores exactly the row that was deleted, and the facts with it', () => {
    const rowBefore = rowOf(visit.id);
    const statsBefore = statsOf(customerId);
    const countsBefore = tableCounts(core);

    expect(deleteInteraction(core.ctx, visit.id)).toEqual(visit);
    expect(rowOf(visit.id)).toEqual({ ...(rowBefore as object), deleted_at: T0 + 60_000 });
    expect(statsOf(customerId)).toEqual({
      first_visit_at: T0 - 10 * DAY,
      last_visit_at: T0 - 10 * DAY,
      visit_count: 1,
      total_spend_minor: 1000,
    });
    expect(listInteractions(core.ctx, { customerId, kinds: [], limit: 10 }).map((i) => i.id)).not.toContain(
      visit.id,
    );

    clock = T0 + 120_000;
    expect(restoreInteraction(core.ctx, visit.id)).toEqual(visit);
    expect(rowOf(visit.id)).toEqual(rowBefore);
    expect(statsOf(customerId)).toEqual(statsBefore);
    expect(tableCounts(core)).toEqual(countsBefore);
    expect(core.events).toEqual([...changed, ...changed]);
  });

  it('answers not_found for unknown ids, deleting twice and restoring what is not deleted', () => {
    deleteInteraction(core.ctx, visit.id);
    core.events.length = 0;
    const before = rowOf(visit.id);
    const notFound = (
      channel: 'interactions:delete' | 'interactions:restore' | 'interactions:update',
      id: string,
    ) => core.call(channel, channel === 'interactions:update' ? { id, fields: { kind: 'visit' } } : { id });
    expect(notFound('interactions:delete', visit.id)).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No interaction with id ${visit.id}.` },
    });
    expect(notFound('interactions:update', visit.id)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(notFound('interactions:delete', 'ghost')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(notFound('interactions:restore', 'ghost')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(rowOf(visit.id)).toEqual(before);
    restoreInteraction(core.ctx, visit.id);
    expect(notFound('interactions:restore', visit.id)).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No deleted interaction with id ${visit.id}.` },
    });
  });
});
