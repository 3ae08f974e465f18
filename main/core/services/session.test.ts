import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../core.ts';
import { warmUp } from '../warm-up.ts';
import { makeTempCore, tableCounts, TEST_ACTOR, type TempCore } from '../test-support/temp-core.ts';
import { getCurrentStaffId, getSession, setCurrentStaffId } from './session.ts';
import { createStaff, updateStaff } from './staff.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore({ signedIn: false });
});
afterEach(() => core.dispose());

it('starts with nobody signed in, and keeps who is signed in in memory, not in the database', () => {
  expect(getSession(core.ctx)).toEqual({ currentStaffId: null });
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  core.events.length = 0;
  const settingsBefore = core.ctx.db.prepare('SELECT * FROM settings ORDER BY key').all();

  expect(setCurrentStaffId(core.ctx, sam.id)).toEqual({ currentStaffId: sam.id });
  expect(core.events).toEqual([{ event: 'auth:changed', payload: {} }]);
  expect(getSession(core.ctx)).toEqual({ currentStaffId: sam.id });
  // Nothing in the file says who is signed in: a copied or reopened database has nobody.
  expect(core.ctx.db.prepare('SELECT * FROM settings ORDER BY key').all()).toEqual(settingsBefore);
  const reopened = createCore(core.dbPath, { log: () => {}, actor: TEST_ACTOR });
  try {
    expect(reopened.call('session:get', {})).toEqual({ ok: true, data: { currentStaffId: null } });
  } finally {
    reopened.close();
  }
});

it('has no channel that lets a caller say who they are', () => {
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  const before = tableCounts(core);
  expect(core.call('session:setStaff', { staffId: sam.id })).toMatchObject({
    ok: false,
    error: { code: 'unknown_channel' },
  });
  expect(core.call('session:get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(getCurrentStaffId(core.ctx)).toBeNull();
  expect(tableCounts(core)).toEqual(before);
});

it('refuses an unknown or deactivated staff member with a specific message, changing nothing', () => {
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  const lou = createStaff(core.ctx, { displayName: 'Lou' });
  setCurrentStaffId(core.ctx, lou.id);
  updateStaff(core.ctx, sam.id, { displayName: 'Sam Okafor', active: false });
  core.events.length = 0;
  expect(() => setCurrentStaffId(core.ctx, 'ghost')).toThrow('No staff member with id ghost.');
  expect(() => setCurrentStaffId(core.ctx, sam.id)).toThrow('Sam Okafor is no longer active.');
  expect(getSession(core.ctx)).toEqual({ currentStaffId: lou.id });
  expect(core.events).toEqual([]);
});

it('treats someone deactivated behind its back (another process) as nobody, so saves never fail on it', () => {
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  setCurrentStaffId(core.ctx, sam.id);
  core.ctx.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(sam.id);
  expect(getCurrentStaffId(core.ctx)).toBeNull();
  expect(core.call('auth:status', {})).toMatchObject({ ok: true, data: { actor: null } });
});

it('lets the warm-up reach the search while locked, and stays locked afterwards', () => {
  const refused: string[] = [];
  const counting = {
    ...core,
    call: (channel: unknown, input: unknown) => {
      const result = core.call(channel, input);
      if (!result.ok) refused.push(result.error.message);
      return result;
    },
  };
  warmUp(counting);
  expect(refused).toEqual([]);
  expect(core.ctx.session.actor).toBeNull();
});
