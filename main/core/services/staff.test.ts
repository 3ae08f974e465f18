import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer } from './customers.ts';
import { logInteraction } from './interactions.ts';
import { getSession, setCurrentStaffId } from './session.ts';
import { createStaff, listStaff, updateStaff } from './staff.ts';

let core: TempCore;
const NOW = Date.UTC(2026, 10, 22, 15, 30);
beforeEach(() => {
  core = makeTempCore({ now: () => NOW });
});
afterEach(() => core.dispose());

const names = (includeInactive = false) => listStaff(core.ctx, includeInactive).map((s) => s.displayName);

describe('staff:create', () => {
  it('derives initials from the name, defaults to teal and the staff role, and says staff changed', () => {
    const sam = createStaff(core.ctx, { displayName: '  Sam Okafor ' });
    expect(sam).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      displayName: 'Sam Okafor',
      initials: 'SO',
      color: 'teal',
      role: 'staff',
      active: true,
      createdAt: NOW,
    });
    expect(createStaff(core.ctx, { displayName: 'Lou', initials: 'LX', color: 'grape' })).toMatchObject({
      initials: 'LX',
      color: 'grape',
    });
    expect(createStaff(core.ctx, { displayName: 'Maria de la Cruz' }).initials).toBe('MDL');
    expect(core.events).toEqual([
      { event: 'staff:changed', payload: {} },
      { event: 'staff:changed', payload: {} },
      { event: 'staff:changed', payload: {} },
    ]);
  });

  it.each([
    [{ displayName: '   ' }, 'displayName: is required'],
    [{ displayName: 'x'.repeat(61) }, 'displayName: must be at most 60 characters'],
    [{ displayName: 'Sam', initials: 'S.O' }, 'initials: must be letters only'],
    [{ displayName: 'Sam', initials: 'ABCD' }, 'initials: must be at most 3 characters'],
    [{ displayName: 'Sam', color: 'beige' }, 'color'],
  ])('refuses %j and changes nothing', (input, message) => {
    const before = tableCounts(core);
    expect(() => createStaff(core.ctx, input as never)).toThrow(message);
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('refuses a second active staff member with the same name, case and accents ignored', () => {
    createStaff(core.ctx, { displayName: 'José Núñez' });
    const before = tableCounts(core);
    expect(() => createStaff(core.ctx, { displayName: 'jose  nunez' })).toThrow(
      'Another active staff member is already called José Núñez',
    );
    expect(tableCounts(core)).toEqual(before);
  });

  it('allows the name of someone who has left', () => {
    const old = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    updateStaff(core.ctx, old.id, { displayName: 'Sam Okafor', active: false });
    expect(createStaff(core.ctx, { displayName: 'Sam Okafor' }).active).toBe(true);
    expect(names(true)).toEqual(['Sam Okafor', 'Sam Okafor']);
  });
});

describe('staff:list', () => {
  it('lists active staff first, each group by name as people read it, inactive only on request', () => {
    for (const name of ['Zoe', 'élodie', 'Bob', 'Carl']) createStaff(core.ctx, { displayName: name });
    const bob = listStaff(core.ctx, false).find((s) => s.displayName === 'Bob');
    updateStaff(core.ctx, bob?.id ?? '', { displayName: 'Bob', active: false });
    expect(names()).toEqual(['Carl', 'élodie', 'Zoe']);
    expect(names(true)).toEqual(['Carl', 'élodie', 'Zoe', 'Bob']);
  });
});

describe('staff:update', () => {
  it('replaces every field and keeps the id and creation time', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const updated = updateStaff(core.ctx, sam.id, { displayName: 'Samuel Okafor', color: 'blue' });
    expect(updated).toEqual({ ...sam, displayName: 'Samuel Okafor', initials: 'SO', color: 'blue' });
    expect(updateStaff(core.ctx, sam.id, { displayName: 'Samuel Okafor', initials: 'Sam' }).initials).toBe(
      'Sam',
    );
  });

  it('keeps the history of someone deactivated, and clears them from the counter', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const ann = createCustomer(core.ctx, { firstName: 'Ann' });
    setCurrentStaffId(core.ctx, sam.id);
    const visit = logInteraction(core.ctx, { customerId: ann.id, kind: 'visit' });
    core.events.length = 0;

    const gone = updateStaff(core.ctx, sam.id, { displayName: 'Sam Okafor', active: false });
    expect(gone.active).toBe(false);
    expect(getSession(core.ctx)).toEqual({ currentStaffId: null });
    expect(core.events).toEqual([
      { event: 'staff:changed', payload: {} },
      { event: 'auth:changed', payload: {} },
    ]);
    const row = core.ctx.db
      .prepare('SELECT staff_id, created_by FROM interactions WHERE id = ?')
      .get(visit.id);
    expect(row).toEqual({ staff_id: sam.id, created_by: sam.id });
    expect(names()).toEqual([]);
    expect(names(true)).toEqual(['Sam Okafor']);
  });

  it('leaves the selection alone when someone else is deactivated', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const lou = createStaff(core.ctx, { displayName: 'Lou' });
    setCurrentStaffId(core.ctx, sam.id);
    core.events.length = 0;
    updateStaff(core.ctx, lou.id, { displayName: 'Lou', active: false });
    expect(getSession(core.ctx)).toEqual({ currentStaffId: sam.id });
    expect(core.events).toEqual([{ event: 'staff:changed', payload: {} }]);
  });

  it('refuses to reactivate someone whose name an active colleague now has', () => {
    const first = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    updateStaff(core.ctx, first.id, { displayName: 'Sam Okafor', active: false });
    createStaff(core.ctx, { displayName: 'Sam Okafor' });
    core.events.length = 0;
    const before = tableCounts(core);
    expect(() => updateStaff(core.ctx, first.id, { displayName: 'Sam Okafor', active: true })).toThrow(
      'Another active staff member is already called Sam Okafor',
    );
    expect(tableCounts(core)).toEqual(before);
    expect(listStaff(core.ctx, true).map((s) => s.active)).toEqual([true, false]);
    expect(core.events).toEqual([]);
  });

  it('lets a staff member keep their own name, and refuses an unknown id', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    expect(updateStaff(core.ctx, sam.id, { displayName: 'SAM OKAFOR' }).displayName).toBe('SAM OKAFOR');
    expect(() => updateStaff(core.ctx, 'ghost', { displayName: 'Ghost' })).toThrow(
      'No staff member with id ghost.',
    );
  });
});

describe('through the dispatcher', () => {
  it('answers each staff channel, with the code and field of a refusal', () => {
    const created = core.call('staff:create', { displayName: 'Sam Okafor' });
    expect(created).toMatchObject({ ok: true, data: { initials: 'SO' } });
    expect(core.call('staff:create', { displayName: 'sam okafor' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Another active staff member is already called Sam Okafor; add a surname or an initial to tell them apart.',
        field: 'displayName',
      },
    });
    expect(core.call('staff:list', {})).toMatchObject({ ok: true, data: [{ displayName: 'Sam Okafor' }] });
    expect(core.call('staff:update', { id: 'ghost', fields: { displayName: 'X' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
