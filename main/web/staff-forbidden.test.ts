import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PERMISSIONS, type Permission } from '../../shared/domain/permissions.ts';
import { CHANNEL_NAMES, type Channel } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { CHANNEL_ACCESS } from '../core/api/access.ts';
import { withFastPins } from '../core/test-support/fast-pins.ts';
import type { InvokeSender } from '../ipc/sender-check.ts';
import { fingerprint } from '../core/test-support/db-fingerprint.ts';
import { mutate, seededRandom } from './fuzz-payloads.ts';
import { sampleChannelInputs } from './sample-channel-inputs.ts';
import { startHarness, type Harness } from './test-harness.ts';

// Staff cannot reach a forbidden action by any path: the core's dispatch, the Electron IPC router
// and the web transport all answer "forbidden" and change nothing, whatever the input.

type IpcHandler = (event: InvokeSender, input: unknown) => unknown;
const ipcHandlers = vi.hoisted(() => new Map<string, IpcHandler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
}));
const { registerIpcRouter } = await import('../ipc/router.ts');

withFastPins();

const PAGE = 'file:///app/out/renderer/index.html';
const ourWindow: InvokeSender = { sender: { id: 1 }, senderFrame: { url: `${PAGE}#/`, parent: null } };

const staffMay = (channel: Channel) => {
  const rule = CHANNEL_ACCESS[channel];
  return rule === 'public' || rule === 'signedIn' || DEFAULT_PERMISSIONS.staff.includes(rule as Permission);
};
const FORBIDDEN_TO_STAFF = CHANNEL_NAMES.filter((channel) => !staffMay(channel));
const PUBLIC = new Set(CHANNEL_NAMES.filter((channel) => CHANNEL_ACCESS[channel] === 'public'));

let h: Harness;
let unregister: () => void;
let bases: Record<Channel, Record<string, unknown>>;

async function over(
  path: 'http' | 'dispatch' | 'ipc',
  channel: Channel,
  input: unknown,
): Promise<Result<unknown>> {
  if (path === 'http') return JSON.parse((await h.invoke(channel, input)).body) as Result<unknown>;
  if (path === 'dispatch') return h.core.invoke(channel, input);
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no IPC handler for ${channel}`);
  return (await handler(ourWindow, input)) as Result<unknown>;
}

async function ok<T>(channel: Channel, input: unknown): Promise<T> {
  const result = await over('http', channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

beforeAll(async () => {
  h = await startHarness({ signedIn: false });
  unregister = registerIpcRouter(h.core, { webContentsId: () => 1, appUrl: { indexFileUrl: PAGE } });
  await ok('auth:setupOwner', { owner: { displayName: 'Olive Owner' }, secret: '2468' });
  const ann = await ok<{ id: string }>('customers:create', {
    firstName: 'Ann',
    lastName: 'Lee',
    phone: '555 0100',
  });
  const anne = await ok<{ id: string }>('customers:create', {
    firstName: 'Anne',
    lastName: 'Lee',
    phone: '555 0100',
  });
  const visit = await ok<{ id: string }>('interactions:log', { customerId: ann.id, kind: 'visit' });
  const sam = await ok<{ id: string }>('staff:create', { displayName: 'Sam Okafor' });
  await ok('auth:setSecret', { staffId: sam.id, secret: '1357' });
  await ok('auth:signIn', { staffId: sam.id, secret: '1357' });
  // Valid inputs, so only the permission check stands in the way.
  bases = {
    ...sampleChannelInputs({
      customerId: ann.id,
      otherCustomerId: anne.id,
      interactionId: visit.id,
      staffId: sam.id,
    }),
    // Ones that would succeed for the owner, and the worst a staff member could try.
    'customers:purge': { olderThanDays: 0 },
    'staff:update': { id: sam.id, fields: { displayName: 'Sam Okafor', active: false } },
    'auth:setRole': { staffId: sam.id, role: 'owner' },
  };
});

afterAll(async () => {
  unregister();
  await h.close();
});

describe('a staff member signed in', () => {
  it('is who the core acts for', async () => {
    expect(await over('http', 'auth:status', {})).toMatchObject({
      ok: true,
      data: { actor: { displayName: 'Sam Okafor', role: 'staff' } },
    });
    expect(FORBIDDEN_TO_STAFF.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN_TO_STAFF)('cannot reach %s by dispatch, IPC or HTTP, with any input', async (channel) => {
    const base = bases[channel];
    expect(base, `a valid input for ${channel}`).toBeDefined();
    const random = seededRandom(channel.length * 7919);
    const inputs = [base, ...Array.from({ length: 8 }, () => mutate(random, base))];
    const before = fingerprint(h.core.ctx.db);
    for (const path of ['dispatch', 'ipc', 'http'] as const) {
      for (const input of inputs) {
        const answer = await over(path, channel, input);
        expect(answer, `${path} ${JSON.stringify(input)?.slice(0, 120)}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(fingerprint(h.core.ctx.db)).toEqual(before);
  });
});

describe('nobody signed in (the lock screen)', () => {
  it('reaches only the public channels, by any path', async () => {
    await ok('auth:lock', {});
    const before = fingerprint(h.core.ctx.db);
    for (const channel of CHANNEL_NAMES.filter((name) => !PUBLIC.has(name))) {
      for (const path of ['dispatch', 'ipc', 'http'] as const) {
        expect(await over(path, channel, bases[channel] ?? {}), `${path} ${channel}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden', message: 'Nobody is signed in: sign in with your PIN first.' },
        });
      }
    }
    expect(fingerprint(h.core.ctx.db)).toEqual(before);
    expect([...PUBLIC].sort()).toEqual(
      [
        'app:info',
        'backups:status',
        'auth:activity',
        'auth:lock',
        'auth:setupOwner',
        'auth:signIn',
        'auth:signInOptions',
        'auth:status',
      ].sort(),
    );
  });
});
