import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/domain/auth.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import { createCore } from '../core.ts';
import { withFastPins } from '../test-support/fast-pins.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { keyPathFor } from './pin-key.ts';

// 'first run' hashes with the real cost (N=2^17, about half a second per PIN); the rest use
// fast PINs (N=2^10), the same code at a fraction of the time.

let core: TempCore;
let clock: number;
const T0 = Date.UTC(2026, 10, 22, 9, 0);
const MINUTE = 60_000;

beforeEach(() => {
  clock = T0;
  core = makeTempCore({ signedIn: false, now: () => clock });
});
afterEach(() => core.dispose());

async function ok<T>(answer: Result<unknown> | Promise<Result<unknown>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

const setupOwner = () =>
  ok<AuthStatus>(core.invoke('auth:setupOwner', { owner: { displayName: 'Olive Owner' }, secret: '2468' }));

async function addStaff(name: string, secret: string): Promise<string> {
  const staff = await ok<{ id: string }>(core.invoke('staff:create', { displayName: name }));
  await ok(core.invoke('auth:setSecret', { staffId: staff.id, secret }));
  return staff.id;
}

const status = () => ok<AuthStatus>(core.invoke('auth:status', {}));
const attempts = (staffId: string) =>
  core.ctx.db
    .prepare('SELECT failed_attempts, locked_until FROM staff_credentials WHERE staff_id = ?')
    .get(staffId);

describe('first run', () => {
  it('asks for the owner, creates them with their PIN, signs them in, and refuses a second owner', async () => {
    expect(await status()).toMatchObject({ actor: null, needsOwner: true, permissions: [] });
    const owner = await setupOwner();
    expect(owner).toMatchObject({
      actor: { kind: 'staff', displayName: 'Olive Owner', role: 'owner' },
      needsOwner: false,
    });
    expect(owner.permissions).toContain('staff.manage');

    expect(
      await core.invoke('auth:setupOwner', { owner: { displayName: 'Mallory' }, secret: '1111' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('already has an owner') as string },
    });
    expect(core.ctx.db.prepare("SELECT display_name FROM staff WHERE role = 'owner'").all()).toEqual([
      { display_name: 'Olive Owner' },
    ]);
  });

  it('keeps the PIN key beside the database, readable by the user only, and never the PIN itself', async () => {
    await setupOwner();
    const keyPath = keyPathFor(core.dbPath);
    expect(statSync(keyPath).size).toBe(32);
    if (process.platform !== 'win32') expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    const row = core.ctx.db.prepare('SELECT kind, algorithm, salt, hash FROM staff_credentials').get() as {
      kind: string;
      algorithm: string;
      salt: Buffer;
      hash: Buffer;
    };
    expect(row).toMatchObject({ kind: 'pin', algorithm: 'scrypt:N=131072,r=8,p=1' });
    expect(row.hash).toHaveLength(32);
    core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(core.dbPath);
    expect(file.includes(Buffer.from('2468'))).toBe(false);
    expect(file.includes(readFileSync(keyPath))).toBe(false);
  });
});

describe('signing in', () => {
  withFastPins();

  it('switches to someone whose PIN checks out, and records the sign-in', async () => {
    await setupOwner();
    const samId = await addStaff('Sam Okafor', '1357');
    const switched = await ok<AuthStatus>(core.invoke('auth:signIn', { staffId: samId, secret: '1357' }));
    expect(switched).toMatchObject({ actor: { staffId: samId, role: 'staff' }, lastStaffId: samId });
    expect(switched.permissions).toEqual([
      'customers.view',
      'customers.edit',
      'interactions.log',
      'rewards.redeem',
    ]);
    expect(
      core.ctx.db.prepare("SELECT actor_label, summary FROM audit_log WHERE action = 'auth.signIn'").all(),
    ).toEqual([
      { actor_label: 'Olive Owner', summary: 'Olive Owner set up Regulars as its owner and signed in' },
      { actor_label: 'Sam Okafor', summary: 'Sam Okafor signed in (after Olive Owner)' },
    ]);
  });

  it('accepts a password as well as a PIN, exactly as typed', async () => {
    await setupOwner();
    const louId = await addStaff('Lou', 'correct horse ');
    expect(await core.invoke('auth:signIn', { staffId: louId, secret: 'correct horse' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'secret' },
    });
    expect(await core.invoke('auth:signIn', { staffId: louId, secret: 'correct horse ' })).toMatchObject({
      ok: true,
    });
  });

  it('locks someone out after 5 wrong PINs in a row for 5 minutes, across a restart; the owner can unlock', async () => {
    await setupOwner();
    const samId = await addStaff('Sam Okafor', '1357');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await core.invoke('auth:signIn', { staffId: samId, secret: '0000' })).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          field: 'secret',
          message: `secret: wrong PIN for Sam Okafor; ${5 - attempt} more ${5 - attempt === 1 ? 'try' : 'tries'} before a 5-minute lockout`,
        },
      });
    }
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('locked out for 5 minutes') as string },
    });
    expect(attempts(samId)).toEqual({ failed_attempts: 0, locked_until: T0 + 5 * MINUTE });

    // A restart does not reset it: the count is in the database. Even the right PIN is refused.
    const restarted = createCore(core.dbPath, { log: () => {}, now: () => clock });
    try {
      clock = T0 + 4 * MINUTE;
      expect(await restarted.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('try again in 1 minute') as string },
      });
      clock = T0 + 5 * MINUTE;
      expect(await restarted.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({
        ok: true,
      });
    } finally {
      restarted.close();
    }

    for (let attempt = 1; attempt <= 5; attempt++)
      await core.invoke('auth:signIn', { staffId: samId, secret: '9999' });
    expect(await ok(core.invoke('auth:signInOptions', {}))).toContainEqual(
      expect.objectContaining({ staffId: samId, lockedUntil: clock + 5 * MINUTE }),
    );
    // The owner unlocks; staff cannot.
    await ok(core.invoke('auth:signIn', { staffId: await ownerId(), secret: '2468' }));
    expect(await ok(core.invoke('auth:unlock', { staffId: samId }))).toMatchObject({ lockedUntil: null });
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({ ok: true });
    expect(await core.invoke('auth:unlock', { staffId: samId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const actions = core.ctx.db
      .prepare("SELECT action FROM audit_log WHERE subject_id = ? AND action LIKE 'auth.%' ORDER BY seq")
      .all(samId)
      .map((row) => (row as { action: string }).action);
    expect(actions.filter((action) => action === 'auth.signInFailed')).toHaveLength(10);
    expect(actions.filter((action) => action === 'auth.lockedOut')).toHaveLength(2);
    expect(actions).toContain('auth.unlock');
  });

  it('checks one guess per person at a time, so a burst of guesses cannot outrun the count', async () => {
    await setupOwner();
    const samId = await addStaff('Sam Okafor', '1357');
    const burst = await Promise.all(
      ['1', '2', '3', '4', '5', '6'].map(async (digit) =>
        core.invoke('auth:signIn', { staffId: samId, secret: digit.repeat(4) }),
      ),
    );
    expect(burst.filter((result) => !result.ok && result.error.code === 'conflict')).toHaveLength(5);
    expect(attempts(samId)).toEqual({ failed_attempts: 1, locked_until: null });
  });

  it('says clearly when the key file is missing or replaced, and resets nothing', async () => {
    await setupOwner();
    const samId = await addStaff('Sam Okafor', '1357');
    const keyPath = keyPathFor(core.dbPath);
    renameSync(keyPath, `${keyPath}.away`);
    const missing = await core.invoke('auth:signIn', { staffId: samId, secret: '1357' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('is missing') as string },
    });
    expect(await core.invoke('auth:setSecret', { staffId: samId, secret: '8642' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is missing') as string },
    });
    expect(attempts(samId)).toEqual({ failed_attempts: 0, locked_until: null });

    writeFileSync(keyPath, Buffer.alloc(32, 7));
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not the one these PINs were made with') as string },
    });
    renameSync(`${keyPath}.away`, keyPath);
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({ ok: true });
  });

  it('refuses someone without a PIN, someone who left, and an unknown id, changing nothing', async () => {
    await setupOwner();
    const bare = await ok<{ id: string }>(core.invoke('staff:create', { displayName: 'Newbie' }));
    expect(await core.invoke('auth:signIn', { staffId: bare.id, secret: '1234' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Newbie has no PIN yet; the owner sets one in Settings › Staff.' },
    });
    const gone = await addStaff('Gil Former', '1212');
    await ok(core.invoke('staff:update', { id: gone, fields: { displayName: 'Gil Former', active: false } }));
    expect(await core.invoke('auth:signIn', { staffId: gone, secret: '1212' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Gil Former is no longer active and cannot sign in.' },
    });
    expect(await core.invoke('auth:signIn', { staffId: 'ghost', secret: '1212' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await status()).actor?.displayName).toBe('Olive Owner');
  });

  it('lets someone change their own PIN only with the current one', async () => {
    await setupOwner();
    const samId = await addStaff('Sam Okafor', '1357');
    await ok(core.invoke('auth:signIn', { staffId: samId, secret: '1357' }));
    expect(await core.invoke('auth:changeOwnSecret', { current: '0000', secret: '86420' })).toMatchObject({
      ok: false,
      error: { field: 'secret' },
    });
    expect(await core.invoke('auth:changeOwnSecret', { current: '1357', secret: '86420' })).toEqual({
      ok: true,
      data: { changed: true },
    });
    await ok(core.invoke('auth:lock', {}));
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '1357' })).toMatchObject({ ok: false });
    expect(await core.invoke('auth:signIn', { staffId: samId, secret: '86420' })).toMatchObject({ ok: true });
  });
});

describe('locking', () => {
  withFastPins();

  it('locks after the idle minutes set by the owner; the renderer reports activity to stay signed in', async () => {
    await setupOwner();
    await ok(core.invoke('auth:setIdleLock', { minutes: 3 }));
    clock += 2 * MINUTE;
    expect(await ok(core.invoke('auth:activity', {}))).toEqual({ lockAt: clock + 3 * MINUTE });
    clock += 2 * MINUTE;
    // Reads do not count as activity: a refetch in the background must not keep the counter open.
    expect((await status()).actor?.displayName).toBe('Olive Owner');
    clock += MINUTE;
    expect(await core.invoke('customers:list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await status()).toMatchObject({
      actor: null,
      needsOwner: false,
      lastStaffId: expect.any(String) as string,
    });
    expect(core.events).toContainEqual({ event: 'auth:changed', payload: {} });
  });

  it('locks on request, and nobody stays signed in after a restart', async () => {
    await setupOwner();
    expect(await ok<AuthStatus>(core.invoke('auth:lock', {}))).toMatchObject({ actor: null });
    expect(await core.invoke('customers:create', { firstName: 'Ann' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Nobody is signed in: sign in with your PIN first.' },
    });
    await ok(core.invoke('auth:signIn', { staffId: await ownerId(), secret: '2468' }));
    const restarted = createCore(core.dbPath, { log: () => {} });
    try {
      expect(restarted.call('auth:status', {})).toMatchObject({
        ok: true,
        data: { actor: null, needsOwner: false },
      });
    } finally {
      restarted.close();
    }
  });
});

async function ownerId(): Promise<string> {
  const row = core.ctx.db.prepare("SELECT id FROM staff WHERE role = 'owner'").get() as { id: string };
  return Promise.resolve(row.id);
}
