import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PERMISSIONS, PERMISSIONS } from '../../../shared/domain/permissions.ts';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import { withFastPins } from '../test-support/fast-pins.ts';
import { makeTempCore, tableCounts, TEST_ACTOR, type TempCore } from '../test-support/temp-core.ts';
import { setCurrentStaffId } from '../services/session.ts';
import { createStaff } from '../services/staff.ts';
import { CHANNEL_ACCESS } from './access.ts';

withFastPins();

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

const asOwner = () => (core.ctx.session.actor = TEST_ACTOR);
function staffMember(name: string, role: 'staff' | 'manager' | 'owner' = 'staff'): string {
  asOwner();
  const id = createStaff(core.ctx, { displayName: name }).id;
  if (role !== 'staff') expect(core.call('auth:setRole', { staffId: id, role })).toMatchObject({ ok: true });
  return id;
}
const code = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('the access map', () => {
  it('names a rule for every channel, and only known permissions', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const rule of Object.values(CHANNEL_ACCESS)) {
      expect(['public', 'signedIn', 'owner', 'ownerOrRescue', ...PERMISSIONS]).toContain(rule);
    }
  });

  it('gives staff by default exactly: find customers, edit them, log interactions, redeem rewards', () => {
    const allowed = CHANNEL_NAMES.filter((channel) => {
      const rule = CHANNEL_ACCESS[channel];
      return rule === 'public' || rule === 'signedIn' || DEFAULT_PERMISSIONS.staff.includes(rule as never);
    });
    // Written out, so a change of who may do what is a visible change of this test.
    expect(allowed.sort()).toEqual(
      [
        'app:info',
        'customers:list',
        'customers:search',
        'customers:get',
        'customers:create',
        'customers:update',
        'customers:bulkTag',
        'duplicates:check',
        'interactions:log',
        'interactions:list',
        'interactions:update',
        'interactions:delete',
        'interactions:restore',
        'staff:list',
        'session:get',
        'settings:get',
        'customFields:list',
        'auth:status',
        'auth:signInOptions',
        'auth:setupOwner',
        'auth:signIn',
        'auth:lock',
        'auth:activity',
        'auth:changeOwnSecret',
        'privacy:consentHistory',
        'loyalty:status',
        'loyalty:ledger',
        'loyalty:program',
        'loyalty:redeem',
        'backups:status',
        'reminders:today',
        'reminders:customer',
        'reminders:done',
        'reminders:dismiss',
        'reminders:snooze',
        'reminders:setPlan',
        'reminders:addOneOff',
        'reminders:cancelOneOff',
        'reminders:settings',
        'predictions:list',
        'demo:status',
        'suggestions:today',
        'suggestions:customer',
        'suggestions:outcomes',
        'suggestions:settings',
        'suggestions:act',
      ].sort(),
    );
  });
});

describe('enforcement in dispatch', () => {
  it('refuses staff what their role lacks, with a message that says who, what and how to change it', () => {
    const ann = core.call('customers:create', { firstName: 'Ann' });
    const annId = (ann as { data: { id: string } }).data.id;
    setCurrentStaffId(core.ctx, staffMember('Sam Okafor'));
    const before = tableCounts(core);
    expect(core.call('customers:delete', { ids: [annId] })).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Sam Okafor (staff) may not delete customers, restore them and empty the trash; the owner can allow it in Settings › Roles and permissions.',
      },
    });
    expect(code(core.call('customers:merge', { keepId: annId, otherId: annId, choices: {} }))).toBe(
      'forbidden',
    );
    expect(code(core.call('privacy:export', { customerId: annId }))).toBe('forbidden');
    expect(code(core.call('settings:update', { defaultCountry: 'IT' }))).toBe('forbidden');
    expect(code(core.call('staff:create', { displayName: 'Mallory' }))).toBe('forbidden');
    expect(code(core.call('audit:list', {}))).toBe('forbidden');
    expect(code(core.call('app:showDataFolder', {}))).toBe('forbidden');
    expect(
      code(core.call('auth:setPermission', { role: 'staff', permission: 'customers.delete', granted: true })),
    ).toBe('forbidden');
    expect(tableCounts(core)).toEqual(before);
    // What staff may do still works.
    expect(code(core.call('interactions:log', { customerId: annId, kind: 'visit' }))).toBe('ok');
    expect(code(core.call('customers:search', { query: 'ann' }))).toBe('ok');
  });

  it('lets the owner adjust a role, which applies at once to everyone in it, and records it', () => {
    const ann = (core.call('customers:create', { firstName: 'Ann' }) as { data: { id: string } }).data.id;
    const sam = staffMember('Sam Okafor');
    expect(
      core.call('auth:setPermission', { role: 'staff', permission: 'customers.delete', granted: true }),
    ).toEqual({
      ok: true,
      data: {
        manager: expect.any(Array) as unknown,
        staff: [...DEFAULT_PERMISSIONS.staff.slice(0, 4), 'customers.delete'],
      },
    });
    setCurrentStaffId(core.ctx, sam);
    expect(code(core.call('customers:delete', { ids: [ann] }))).toBe('ok');
    asOwner();
    core.call('auth:setPermission', { role: 'staff', permission: 'customers.delete', granted: false });
    core.call('auth:setPermission', { role: 'staff', permission: 'interactions.log', granted: false });
    setCurrentStaffId(core.ctx, sam);
    expect(code(core.call('customers:restore', { ids: [ann] }))).toBe('forbidden');
    expect(code(core.call('interactions:log', { customerId: ann, kind: 'visit' }))).toBe('forbidden');
    // Back to the defaults is no row at all: a permission added later starts from its default.
    asOwner();
    core.call('auth:setPermission', { role: 'staff', permission: 'interactions.log', granted: true });
    expect(core.ctx.db.prepare('SELECT * FROM role_permissions').all()).toEqual([]);
    const changes = core.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'permission.change' ORDER BY seq")
      .all();
    expect(changes).toEqual([
      { summary: 'Allowed the staff role to delete customers, restore them and empty the trash' },
      { summary: 'Forbade the staff role to delete customers, restore them and empty the trash' },
      { summary: 'Forbade the staff role to log, correct and remove interactions' },
      { summary: 'Allowed the staff role to log, correct and remove interactions' },
    ]);
  });

  it('keeps roles and the matrix the owner’s alone, even for a manager allowed to manage staff', async () => {
    const olive = staffMember('Olive Owner', 'owner');
    const mia = staffMember('Mia Manager', 'manager');
    const sam = staffMember('Sam Okafor');
    core.call('auth:setPermission', { role: 'manager', permission: 'staff.manage', granted: true });
    setCurrentStaffId(core.ctx, mia);
    expect(code(core.call('auth:setRole', { staffId: mia, role: 'owner' }))).toBe('forbidden');
    expect(code(core.call('auth:permissions', {}))).toBe('forbidden');
    expect(await core.invoke('auth:setSecret', { staffId: olive, secret: '9999' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Only an owner may set the PIN of Olive Owner, who is an owner.' },
    });
    expect(await core.invoke('auth:setSecret', { staffId: sam, secret: '1357' })).toMatchObject({ ok: true });
    expect(
      core.call('staff:update', { id: olive, fields: { displayName: 'Olive Owner', active: false } }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only an owner may edit the profile of Olive Owner, who is an owner.',
      },
    });
  });

  it('never leaves the shop without an active owner', () => {
    const olive = staffMember('Olive Owner', 'owner');
    expect(core.call('auth:setRole', { staffId: olive, role: 'staff' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('only active owner') as string },
    });
    expect(
      core.call('staff:update', { id: olive, fields: { displayName: 'Olive Owner', active: false } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const pat = staffMember('Pat Partner', 'owner');
    expect(core.call('auth:setRole', { staffId: olive, role: 'manager' })).toMatchObject({ ok: true });
    expect(core.call('auth:setRole', { staffId: pat, role: 'staff' })).toMatchObject({ ok: false });
  });
});
