import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, contract, type Channel } from '../../shared/ipc/contract.ts';
import { ERROR_CODES, type Result } from '../../shared/ipc/result.ts';
import { MAX_BODY_BYTES } from '../../shared/ipc/web-protocol.ts';
import { snapshotDatabase } from './db-snapshot.ts';
import { LOYALTY_PROGRAM } from './sample-loyalty-program.ts';
import { HOSTILE_STRINGS, hostileJsonText, mutate, seededRandom, type Random } from './fuzz-payloads.ts';
import { startHarness, type Harness } from './test-harness.ts';

// FUZZ_SEED=<n> reruns a reported failure exactly.
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES_PER_CHANNEL = 200;
// Everything that is not a known read counts as a write, so a new channel is fuzzed safely by default.
const READS: ReadonlySet<Channel> = new Set<Channel>([
  'app:info',
  'customers:list',
  'customers:search',
  'customers:get',
  'customers:trash',
  'duplicates:check',
  'duplicates:list',
  'interactions:list',
  'staff:list',
  'session:get',
  'settings:get',
  'customFields:list',
  'loyalty:status',
  'loyalty:ledger',
  'loyalty:program',
  'loyalty:preview',
  'imports:inspect',
  'imports:status',
  'imports:rejects',
  'imports:list',
  'imports:mappings',
  'exports:status',
  'exports:chunk',
  'exports:list',
  'backups:status',
  'backups:list',
  'backups:getSettings',
  'auth:status',
  'auth:signInOptions',
  // Moves the idle deadline, in memory only.
  'auth:activity',
  'auth:credentials',
  'auth:permissions',
  'audit:list',
  'audit:verify',
  'privacy:consentHistory',
  'reminders:today',
  'reminders:customer',
  'reminders:settings',
  'suggestions:today',
  'suggestions:customer',
  'suggestions:outcomes',
  'suggestions:settings',
  'predictions:list',
  'demo:status',
  'insights:figures',
  'insights:charts',
  'insights:rfm',
  'insights:settings',
  'insights:tiers',
  'segments:list',
  'segments:get',
  'segments:count',
  'segments:customers',
]);
const WRITES: ReadonlySet<Channel> = new Set(CHANNEL_NAMES.filter((channel) => !READS.has(channel)));

const resultSchema = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string().min(1),
      field: z.string().optional(),
    }),
  }),
]);

function channelSeed(channel: Channel): number {
  let hash = SEED;
  for (const char of channel) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash;
}

function parseOr<T>(text: string, fallback: T): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}

function acceptedBySchema(channel: Channel, text: string): boolean {
  const none = Symbol('not JSON');
  const value = parseOr(text, none);
  return value !== none && contract[channel].input.safeParse(value).success;
}

/**
 * The next hostile body for a channel. Writes get only inputs the contract refuses, so the
 * database must come out of the run unchanged; reads may get valid ones too.
 */
function nextBody(random: Random, channel: Channel, base: Record<string, unknown>, index: number): string {
  // A few bodies over the size limit in every run, placed by the index rather than left to chance.
  if (index % 40 === 39) return JSON.stringify({ ...base, padding: 'x'.repeat(MAX_BODY_BYTES) });
  for (let attempt = 0; attempt < 1000; attempt++) {
    const body =
      random() < 0.15 ? hostileJsonText(random, base) : (JSON.stringify(mutate(random, base)) ?? 'null');
    if (!WRITES.has(channel) || !acceptedBySchema(channel, body)) return body;
  }
  throw new Error(`no invalid input found for ${channel}`);
}

/** Checks one answer: a well-formed Result, never an internal error, and refused if it was a write. */
function expectSoundResult(channel: Channel, value: unknown, where: string): Result<unknown> {
  const parsed = resultSchema.safeParse(value);
  expect(parsed.success, `${where}: not a Result: ${JSON.stringify(value)?.slice(0, 300)}`).toBe(true);
  const result = parsed.data as Result<unknown>;
  if (!result.ok) expect(result.error.code, `${where}: ${result.error.message}`).not.toBe('internal');
  if (WRITES.has(channel)) expect(result.ok, where).toBe(false);
  if (result.ok) expect(contract[channel].output.safeParse(result.data).success, where).toBe(true);
  return result;
}

describe(`fuzzing every channel (seed ${SEED})`, () => {
  let h: Harness;
  let bases: Record<Channel, Record<string, unknown>>;

  beforeAll(async () => {
    h = await startHarness();
    const customer = { firstName: 'Ann', lastName: 'Lee', phone: '+1 555 0100', email: 'ann@example.com' };
    const created = h.core.call('customers:create', { ...customer, code: 'A1', tags: ['vip'] });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.data as { id: string }).id;
    const logged = h.core.call('interactions:log', { customerId: id, kind: 'visit', amountMinor: 1250 });
    if (!logged.ok) throw new Error(logged.error.message);
    const interactionId = (logged.data as { id: string }).id;
    const staff = h.core.call('staff:create', { displayName: 'Sam Okafor' });
    if (!staff.ok) throw new Error(staff.error.message);
    const staffId = (staff.data as { id: string }).id;
    bases = {
      'app:info': {},
      'app:showDataFolder': {},
      'customers:list': { limit: 10, offset: 0 },
      'customers:search': { query: 'ann', limit: 5 },
      'customers:get': { id },
      'customers:create': {
        ...customer,
        birthday: '1990-02-03',
        tags: ['regular'],
        code: 'B2',
        consents: [{ channel: 'email', granted: true, source: 'counter form' }],
      },
      'customers:update': { id, fields: { ...customer, notes: 'likes espresso' } },
      'interactions:log': {
        customerId: id,
        kind: 'purchase',
        amountMinor: 990,
        note: 'beans',
        occurredAt: 1.7e12,
      },
      'customers:bulkTag': { ids: [id], tag: 'vip', action: 'add' },
      'customers:delete': { ids: [id] },
      'customers:restore': { ids: [id] },
      'customers:trash': { limit: 10, offset: 0 },
      'customers:purge': { ids: [id] },
      'duplicates:check': customer,
      'duplicates:list': { limit: 50 },
      'duplicates:dismiss': { aId: id, bId: id },
      'customers:merge': { keepId: id, otherId: id, choices: { email: 'other' } },
      'customers:undoMerge': { mergeId: id },
      'interactions:list': { customerId: id, kinds: ['visit'], limit: 10 },
      'interactions:update': { id: interactionId, fields: { kind: 'visit', amountMinor: 100 } },
      'interactions:delete': { id: interactionId },
      'interactions:restore': { id: interactionId },
      'staff:list': { includeInactive: true },
      'staff:create': { displayName: 'Sam Okafor', initials: 'SO', color: 'teal' },
      'staff:update': { id, fields: { displayName: 'Sam' } },
      'session:get': {},
      'settings:get': {},
      'settings:update': { defaultCountry: 'IT' },
      'customFields:list': { includeArchived: true },
      'customFields:create': { name: 'Hair type', type: 'choice', choices: ['curly'] },
      'customFields:update': { id, name: 'Hair' },
      'loyalty:status': { customerId: id, asOf: 1.7e12 },
      'loyalty:ledger': { customerId: id, limit: 50 },
      'loyalty:redeem': { customerId: id, rewardId: 'r1' },
      'loyalty:adjust': { customerId: id, points: 10, reason: 'welcome gift' },
      'loyalty:program': {},
      'loyalty:preview': { program: LOYALTY_PROGRAM },
      'loyalty:setProgram': { program: LOYALTY_PROGRAM },
      'loyalty:recompute': {},
      'imports:upload': { fileName: 'contacts.csv', chunk: 'Rmlyc3QgTmFtZQpBbm4K' },
      'imports:inspect': { uploadId: id, kind: 'customers', encoding: 'auto', delimiter: 'auto' },
      'imports:start': { uploadId: id, options: { kind: 'customers', onDuplicate: 'skip', dryRun: false } },
      'imports:status': { jobId: id },
      'imports:cancel': { jobId: id },
      'imports:rejects': { jobId: id },
      'imports:list': { limit: 10 },
      'imports:undo': { importId: id },
      'imports:mappings': {},
      'imports:saveMapping': { name: 'Till', kind: 'customers', columns: { firstname: 'first_name' } },
      'imports:deleteMapping': { name: 'Till' },
      'exports:start': { format: 'csv', preset: 'contacts', scope: { kind: 'all' } },
      'exports:status': { jobId: id },
      'exports:cancel': { jobId: id },
      'exports:chunk': { jobId: id, index: 0 },
      'exports:list': { limit: 10 },
      'backups:status': {},
      'backups:list': {},
      'backups:create': {},
      'backups:restore': { file: 'regulars-20261122-140312-123Z-manual.db' },
      'backups:getSettings': {},
      'backups:updateSettings': { secondCopyFolder: '' },
      'auth:status': {},
      'auth:signInOptions': {},
      'auth:setupOwner': { owner: { displayName: 'Olive Owner' }, secret: '2468' },
      'auth:signIn': { staffId, secret: '1357' },
      'auth:lock': {},
      'auth:activity': {},
      'auth:changeOwnSecret': { current: '1357', secret: '97531' },
      'auth:setSecret': { staffId, secret: '1357' },
      'auth:credentials': {},
      'auth:unlock': { staffId },
      'auth:setRole': { staffId, role: 'manager' },
      'auth:permissions': {},
      'auth:setPermission': { role: 'staff', permission: 'customers.delete', granted: true },
      'auth:setIdleLock': { minutes: 5 },
      'audit:list': { category: 'customer', customerId: id, limit: 20 },
      'audit:export': { format: 'csv', category: 'customer' },
      'audit:verify': {},
      'privacy:consentHistory': { customerId: id },
      'privacy:export': { customerId: id },
      'privacy:erase': { customerId: id },
      'reminders:today': { limit: 50, asOf: '2026-11-22' },
      'reminders:customer': { customerId: id },
      'reminders:done': { customerId: id, logFollowUp: true, note: 'called' },
      'reminders:dismiss': { customerId: id, keys: ['due:20000'] },
      'reminders:snooze': { customerId: id, until: '2099-01-01' },
      'reminders:setPlan': { customerId: id, stayInTouchDays: 30, doNotContact: false },
      'reminders:addOneOff': { customerId: id, dueDate: '2099-01-01', note: 'call about the order' },
      'reminders:cancelOneOff': { id },
      'reminders:settings': {},
      'reminders:updateSettings': { overdueFactor: 2, postPurchaseRules: [{ kind: 'purchase', days: 3 }] },
      'reminders:setTagRule': { tag: 'vip', everyDays: 30 },
      'suggestions:today': { limit: 20, asOf: '2026-11-22' },
      'suggestions:customer': { customerId: id },
      'suggestions:act': { customerId: id, kind: 'win_back', channel: 'sms', message: 'hello' },
      'suggestions:outcomes': { asOf: '2026-11-22' },
      'suggestions:settings': {},
      'suggestions:updateSettings': { recencyDays: 10 },
      'suggestions:updateTemplate': { kind: 'win_back', text: 'Hello {firstName}' },
      'demo:status': {},
      'demo:create': {},
      'demo:remove': {},
      'predictions:list': { asOf: '2026-11-22' },
      'insights:figures': { period: { preset: 'last30' } },
      'insights:charts': { period: { from: '2025-12-01', to: '2026-01-31' } },
      'insights:rfm': { asOf: '2026-01-15' },
      'insights:settings': {},
      'insights:updateSettings': { activeDays: 60 },
      'insights:tiers': {},
      'segments:list': {},
      'segments:get': { id },
      'segments:create': {
        name: 'VIPs',
        filter: { match: 'all', conditions: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
      },
      'segments:update': {
        id,
        name: 'Regulars',
        filter: { match: 'any', conditions: [{ kind: 'visits', min: 2 }] },
      },
      'segments:delete': { id },
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
    };
  });

  afterAll(async () => {
    await h.close();
  });

  it.each(CHANNEL_NAMES)('%s: hostile inputs over HTTP and in process change nothing', async (channel) => {
    const random = seededRandom(channelSeed(channel));
    const before = snapshotDatabase(h.core.ctx.db);
    const statuses = new Set<number>();
    for (let i = 0; i < CASES_PER_CHANNEL; i++) {
      const where = `seed ${SEED}, ${channel}, case ${i}`;
      const body = nextBody(random, channel, bases[channel], i);
      const res = await h.invokeRaw(channel, body);
      statuses.add(res.status);
      expect([200, 400, 413], `${where}: status ${res.status}`).toContain(res.status);
      const overHttp = expectSoundResult(channel, JSON.parse(res.body), `${where} (HTTP)`);
      // In process, a body that is not JSON arrives as the raw string: hostile input all the same.
      const direct = await h.core.invoke(channel, parseOr(body, body));
      expectSoundResult(channel, direct, `${where} (direct)`);
      // loyalty:status answers "as of now" by default: the two calls are a moment apart.
      const timeless = (value: unknown): unknown =>
        JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'asOf' ? 0 : v)));
      if (res.status === 200) expect(timeless(overHttp), where).toEqual(timeless(direct));
    }
    expect(snapshotDatabase(h.core.ctx.db), `seed ${SEED}, ${channel}`).toEqual(before);
    // The generator really reaches every layer: the size limit, the JSON parser and the core.
    expect([...statuses].sort()).toEqual([200, 400, 413]);
  });

  it('leaves no polluted prototype and an intact database behind', async () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(h.core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(h.core.ctx.db.pragma('foreign_key_check')).toEqual([]);
    const alive = await h.invoke('app:info', {});
    expect(JSON.parse(alive.body)).toMatchObject({ ok: true });
  });

  it('stores hostile but valid text verbatim and searches it as plain text', async () => {
    const texts = HOSTILE_STRINGS.filter((text) => {
      const trimmed = text.trim();
      return trimmed !== '' && trimmed.length <= 80 && trimmed === text && !/[\uD800-\uDFFF]/.test(text);
    });
    for (const text of texts) {
      const created = JSON.parse(
        (await h.invoke('customers:create', { firstName: text, notes: text })).body,
      ) as Result<{
        id: string;
      }>;
      expect(created.ok, text).toBe(true);
      if (!created.ok) continue;
      const got = JSON.parse((await h.invoke('customers:get', { id: created.data.id })).body) as Result<{
        customer: { firstName: string; notes: string };
      }>;
      expect(got, text).toMatchObject({ ok: true, data: { customer: { firstName: text, notes: text } } });
      const found = JSON.parse((await h.invoke('customers:search', { query: text })).body) as Result<
        unknown[]
      >;
      expect(found.ok, `search ${text}`).toBe(true);
    }
    expect(h.core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses valid-looking writes to customers that do not exist, or to a taken code, changing nothing', async () => {
    const before = snapshotDatabase(h.core.ctx.db);
    const log = await h.invoke('interactions:log', { customerId: 'no-such-customer', kind: 'visit' });
    expect(JSON.parse(log.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const update = await h.invoke('customers:update', { id: 'no-such-customer', fields: { firstName: 'X' } });
    expect(JSON.parse(update.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const taken = await h.invoke('customers:create', { firstName: 'Copy', code: 'A1' });
    expect(JSON.parse(taken.body)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'code' } });
    expect(snapshotDatabase(h.core.ctx.db)).toEqual(before);
  });
});
