import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, contract, type Channel } from '../../shared/ipc/contract.ts';
import { ERROR_CODES, type Result } from '../../shared/ipc/result.ts';
import { MAX_BODY_BYTES } from '../../shared/ipc/web-protocol.ts';
import { fingerprint } from '../core/test-support/db-fingerprint.ts';
import { SAMPLE_CUSTOMER, sampleChannelInputs } from './sample-channel-inputs.ts';
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
    const created = h.core.call('customers:create', { ...SAMPLE_CUSTOMER, code: 'A1', tags: ['vip'] });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.data as { id: string }).id;
    const logged = h.core.call('interactions:log', { customerId: id, kind: 'visit', amountMinor: 1250 });
    if (!logged.ok) throw new Error(logged.error.message);
    const interactionId = (logged.data as { id: string }).id;
    const staff = h.core.call('staff:create', { displayName: 'Sam Okafor' });
    if (!staff.ok) throw new Error(staff.error.message);
    const staffId = (staff.data as { id: string }).id;
    bases = sampleChannelInputs({ customerId: id, otherCustomerId: id, interactionId, staffId });
  });

  afterAll(async () => {
    await h.close();
  });

  it.each(CHANNEL_NAMES)('%s: hostile inputs over HTTP and in process change nothing', async (channel) => {
    const random = seededRandom(channelSeed(channel));
    const before = fingerprint(h.core.ctx.db);
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
    expect(fingerprint(h.core.ctx.db), `seed ${SEED}, ${channel}`).toEqual(before);
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
    const before = fingerprint(h.core.ctx.db);
    const log = await h.invoke('interactions:log', { customerId: 'no-such-customer', kind: 'visit' });
    expect(JSON.parse(log.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const update = await h.invoke('customers:update', { id: 'no-such-customer', fields: { firstName: 'X' } });
    expect(JSON.parse(update.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const taken = await h.invoke('customers:create', { firstName: 'Copy', code: 'A1' });
    expect(JSON.parse(taken.body)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'code' } });
    expect(fingerprint(h.core.ctx.db)).toEqual(before);
  });
});
