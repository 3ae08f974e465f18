import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../core.ts';
import { writeSetting } from '../repos/settings-repo.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { CURRENT_STAFF_KEY, getCurrentStaffId, getSession, setCurrentStaffId } from './session.ts';
import { createStaff, updateStaff } from './staff.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

it('starts with nobody at the counter, remembers who is selected across a restart, and clears', () => {
  expect(getSession(core.ctx)).toEqual({ currentStaffId: null });
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  core.events.length = 0;
  expect(setCurrentStaffId(core.ctx, sam.id)).toEqual({ currentStaffId: sam.id });
  expect(core.events).toEqual([{ event: 'settings:changed', payload: {} }]);

  const reopened = createCore(core.dbPath, { log: () => {} });
  try {
    expect(reopened.call('session:get', {})).toEqual({ ok: true, data: { currentStaffId: sam.id } });
  } finally {
    reopened.close();
  }
  expect(core.call('session:setStaff', { staffId: null })).toEqual({
    ok: true,
    data: { currentStaffId: null },
  });
  expect(getSession(core.ctx)).toEqual({ currentStaffId: null });
});

it('refuses an unknown or deactivated staff member with a specific message, changing nothing', () => {
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  const lou = createStaff(core.ctx, { displayName: 'Lou' });
  setCurrentStaffId(core.ctx, lou.id);
  updateStaff(core.ctx, sam.id, { displayName: 'Sam Okafor', active: false });
  core.events.length = 0;
  const before = tableCounts(core);

  expect(core.call('session:setStaff', { staffId: 'ghost' })).toEqual({
    ok: false,
    error: { code: 'invalid_input', message: 'No staff member with id ghost.', field: 'staffId' },
  });
  expect(core.call('session:setStaff', { staffId: sam.id })).toEqual({
    ok: false,
    error: { code: 'invalid_input', message: 'Sam Okafor is no longer active.', field: 'staffId' },
  });
  expect(getSession(core.ctx)).toEqual({ currentStaffId: lou.id });
  expect(tableCounts(core)).toEqual(before);
  expect(core.events).toEqual([]);
});

it('treats a stale selection (a row that is gone or inactive) as nobody, so saves never fail on it', () => {
  writeSetting(core.ctx.db, CURRENT_STAFF_KEY, 'long-gone');
  expect(getCurrentStaffId(core.ctx)).toBeNull();
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  // Deactivation clears the selection itself; this imitates a file edited by an older version.
  core.ctx.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(sam.id);
  writeSetting(core.ctx.db, CURRENT_STAFF_KEY, sam.id);
  expect(getCurrentStaffId(core.ctx)).toBeNull();
});
