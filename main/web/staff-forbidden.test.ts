import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PERMISSIONS, type Permission } from '../../shared/domain/permissions.ts';
import { CHANNEL_NAMES, type Channel } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { CHANNEL_ACCESS } from '../core/api/access.ts';
import { withFastPins } from '../core/test-support/fast-pins.ts';
import type { InvokeSender } from '../ipc/sender-check.ts';
import { snapshotDatabase } from './db-snapshot.ts';
import { mutate, seededRandom } from './fuzz-payloads.ts';
import { LOYALTY_PROGRAM } from './sample-loyalty-program.ts';
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
let bases: Partial<Record<Channel, unknown>>;

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
  // Inputs that would succeed for the owner: only the permission check stands in the way.
  bases = {
    'customers:delete': { ids: [ann.id] },
    'customers:restore': { ids: [ann.id] },
    'customers:trash': {},
    'customers:purge': { olderThanDays: 0 },
    'duplicates:list': {},
    'duplicates:dismiss': { aId: ann.id, bId: anne.id },
    'customers:merge': { keepId: ann.id, otherId: anne.id, choices: {} },
    'customers:undoMerge': { mergeId: visit.id },
    'staff:create': { displayName: 'Mallory' },
    'staff:update': { id: sam.id, fields: { displayName: 'Sam Okafor', active: false } },
    'settings:update': { defaultCountry: 'IT' },
    'customFields:create': { name: 'Secret field', type: 'text' },
    'customFields:update': { id: visit.id, name: 'x' },
    'auth:setSecret': { staffId: sam.id, secret: '0000' },
    'auth:credentials': {},
    'auth:unlock': { staffId: sam.id },
    'auth:setRole': { staffId: sam.id, role: 'owner' },
    'auth:permissions': {},
    'auth:setPermission': { role: 'staff', permission: 'customers.delete', granted: true },
    'auth:setIdleLock': { minutes: 0 },
    'audit:list': {},
    'audit:export': { format: 'csv' },
    'audit:verify': {},
    'privacy:export': { customerId: ann.id },
    'privacy:erase': { customerId: ann.id },
    'loyalty:adjust': { customerId: ann.id, points: 10, reason: 'welcome gift' },
    'loyalty:preview': { program: LOYALTY_PROGRAM },
    'loyalty:setProgram': { program: LOYALTY_PROGRAM },
    'loyalty:recompute': {},
    'imports:upload': { fileName: 'contacts.csv', chunk: 'Rmlyc3QgTmFtZQpBbm4K' },
    'imports:inspect': { uploadId: visit.id, kind: 'customers', encoding: 'auto', delimiter: 'auto' },
    'imports:start': {
      uploadId: visit.id,
      options: { kind: 'customers', onDuplicate: 'skip', dryRun: false },
    },
    'imports:status': { jobId: visit.id },
    'imports:cancel': { jobId: visit.id },
    'imports:rejects': { jobId: visit.id },
    'imports:list': { limit: 10 },
    'imports:undo': { importId: visit.id },
    'imports:mappings': {},
    'imports:saveMapping': { name: 'Till', kind: 'customers', columns: { firstname: 'first_name' } },
    'imports:deleteMapping': { name: 'Till' },
    'exports:start': { format: 'csv', preset: 'contacts', scope: { kind: 'all' } },
    'exports:status': { jobId: visit.id },
    'exports:cancel': { jobId: visit.id },
    'exports:chunk': { jobId: visit.id, index: 0 },
    'exports:list': { limit: 10 },
    'backups:list': {},
    'backups:create': {},
    'backups:restore': { file: 'regulars-20261122-140312-123Z-manual.db' },
    'backups:getSettings': {},
    'backups:updateSettings': { secondCopyFolder: '' },
    'reminders:updateSettings': { overdueFactor: 2, postPurchaseRules: [{ kind: 'purchase', days: 3 }] },
    'reminders:setTagRule': { tag: 'vip', everyDays: 30 },
    'insights:figures': { period: { preset: 'last30' } },
    'insights:charts': { period: { from: '2025-12-01', to: '2026-01-31' } },
    'insights:rfm': { asOf: '2026-01-15' },
    'insights:settings': {},
    'insights:updateSettings': { activeDays: 60 },
    'insights:tiers': {},
    'segments:list': {},
    'segments:get': { id: visit.id },
    'segments:create': {
      name: 'VIPs',
      filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
    },
    'segments:update': {
      id: visit.id,
      name: 'Regulars',
      filter: { match: 'any', conditions: [{ kind: 'visits', min: 2 }] },
    },
    'segments:delete': { id: visit.id },
    'segments:count': {
      filter: {
        match: 'any',
        conditions: [
          { kind: 'lastVisit', op: 'within', days: 30 },
          { kind: 'spend', min: 100 },
        ],
      },
    },
    'segments:customers': {
      set: { kind: 'figure', figure: 'new', period: { from: '2026-01-01', to: '2026-01-31' } },
      limit: 10,
      offset: 0,
    },
    'segments:export': { set: { kind: 'rfm', segment: 'champions' } },
    'segments:tag': {
      set: { kind: 'cohort', month: '2026-01', monthsSince: 0 },
      tag: 'vip',
      action: 'add',
    },
    'segments:pickForFollowUps': { set: { kind: 'rfm', segment: 'atRisk' }, source: 'At risk' },
    'app:showDataFolder': {},
    'demo:create': {},
    'demo:remove': {},
    'suggestions:updateSettings': { recencyDays: 10 },
    'suggestions:updateTemplate': { kind: 'win_back', text: 'Hello {firstName}' },
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
    const inputs = [
      base,
      ...Array.from({ length: 8 }, () => mutate(random, base as Record<string, unknown>)),
    ];
    const before = snapshotDatabase(h.core.ctx.db);
    for (const path of ['dispatch', 'ipc', 'http'] as const) {
      for (const input of inputs) {
        const answer = await over(path, channel, input);
        expect(answer, `${path} ${JSON.stringify(input)?.slice(0, 120)}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(snapshotDatabase(h.core.ctx.db)).toEqual(before);
  });
});

describe('nobody signed in (the lock screen)', () => {
  it('reaches only the public channels, by any path', async () => {
    await ok('auth:lock', {});
    const before = snapshotDatabase(h.core.ctx.db);
    for (const channel of CHANNEL_NAMES.filter((name) => !PUBLIC.has(name))) {
      for (const path of ['dispatch', 'ipc', 'http'] as const) {
        expect(await over(path, channel, bases[channel] ?? {}), `${path} ${channel}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden', message: 'Nobody is signed in: sign in with your PIN first.' },
        });
      }
    }
    expect(snapshotDatabase(h.core.ctx.db)).toEqual(before);
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
