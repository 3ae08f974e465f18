import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import type { ModelStatus } from '../../../shared/domain/reminders.ts';
import type { CoreContext } from '../context.ts';
import type { Core } from '../core.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { insertRow, rankRows, type RankedRow } from '../reminders/ranking.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { readModel } from '../repos/prediction-repo.ts';
import { closedKeys, snoozeOf } from '../repos/reminder-state-repo.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { readRhythm } from '../repos/rhythm-repo.ts';
import { customerReasons } from './customer-reasons.ts';
import { collectReasons, collectReasonSteps, scopeEnd } from './reminder-collect.ts';
import { finishInSlices, finishNow, type Steps } from './sliced-steps.ts';
import { storedScope } from './reminder-scope.ts';

// Today, kept ranked in memory by long-running hosts. Working out every customer's reasons reads
// tens of thousands of rows in a big shop; afterwards only the customers a change event names are
// worked out again (a logged visit: one customer, a millisecond), so opening Today stays instant.
// Anything wider (a new day, new settings, a refit, another process writing the file) starts over:
// at once where nothing else waits (tests, the benchmark), or in slices in long-running hosts,
// which serve the list of a moment ago meanwhile and say 'reminders:ready' when the new one is in.

interface CachedToday {
  day: number;
  /** Everything that changes every customer's reasons at once, as one string. */
  stamp: string;
  typical: number | null;
  fitted: boolean;
  model: ModelStatus;
  rows: Map<string, RankedRow>;
  ordered: RankedRow[];
  snoozed: Set<string>;
}

interface Holder {
  cache: CachedToday | null;
  dirty: Set<string>;
  all: boolean;
  /** Set by long-running hosts: wide changes are worked out this many ms at a time. */
  sliceMs: number | null;
  building: Promise<void> | null;
  detached: boolean;
  log: (message: string) => void;
}

export interface TodayCacheOptions {
  /** Work wide changes out in the background, in slices of this many ms. */
  sliceMs?: number;
  log?: (message: string) => void;
}

const holders = new WeakMap<Db, Holder>();
/** Beyond this many changed customers (a bulk tag), starting over is quicker. */
const MAX_DIRTY = 300;

/** Keeps a Today cache for this core, fed by its change events; returns the detach. */
export function attachTodayCache(
  core: Pick<Core, 'ctx' | 'subscribe'>,
  options: TodayCacheOptions = {},
): () => void {
  const holder: Holder = {
    cache: null,
    dirty: new Set(),
    all: true,
    sliceMs: options.sliceMs ?? null,
    building: null,
    detached: false,
    log: options.log ?? ((message) => console.warn(message)),
  };
  holders.set(core.ctx.db, holder);
  const mark = (ids: readonly string[]) => ids.forEach((id) => holder.dirty.add(id));
  const off = core.subscribe((event, payload) => {
    if (event === 'customers:changed') mark((payload as { ids: string[] }).ids);
    else if (event === 'interactions:changed') mark((payload as { customerIds: string[] }).customerIds);
    else if (event === 'reminders:changed') {
      const ids = (payload as { customerIds: string[] | null }).customerIds;
      if (ids === null) holder.all = true;
      else mark(ids);
    }
  });
  return () => {
    off();
    holder.detached = true;
    if (holders.get(core.ctx.db) === holder) holders.delete(core.ctx.db);
  };
}

function stampOf(ctx: CoreContext, settings: ReminderSettings): string {
  const model = readModel(ctx.db);
  const dateFields = prepared<[], { id: string; name: string; archived_at: number | null }>(
    ctx.db,
    "SELECT id, name, archived_at FROM custom_fields WHERE type = 'date' ORDER BY id",
  ).all();
  // data_version moves when another connection (the command line) commits.
  const external = ctx.db.pragma('data_version', { simple: true }) as number;
  return JSON.stringify([settings, dateFields, external, model?.fittedAt, model?.status]);
}

function* rebuildSteps(ctx: CoreContext, settings: ReminderSettings, stamp: string): Steps<CachedToday> {
  const { scope, model } = storedScope(ctx, settings);
  const { byCustomer, snoozed } = yield* collectReasonSteps(ctx.db, scope);
  yield;
  const ordered = rankRows(byCustomer);
  yield;
  return {
    day: scope.today,
    stamp,
    typical: scope.typical,
    fitted: model.state === 'fitted',
    model,
    rows: new Map(ordered.map((row) => [row.customerId, row])),
    ordered,
    snoozed,
  };
}

function isCurrent(holder: Holder, cache: CachedToday | null, today: number, stamp: string): boolean {
  return (
    cache !== null &&
    !holder.all &&
    cache.day === today &&
    cache.stamp === stamp &&
    holder.dirty.size <= MAX_DIRTY
  );
}

/** Works the whole list out in slices; starts over if something wide changed meanwhile. */
async function buildInSlices(ctx: CoreContext, holder: Holder, sliceMs: number): Promise<boolean> {
  for (;;) {
    holder.all = false;
    holder.dirty.clear();
    const settings = readReminderSettings(ctx.db);
    const stamp = stampOf(ctx, settings);
    const built = await finishInSlices(rebuildSteps(ctx, settings, stamp), sliceMs, () => holder.detached);
    if (built === null) return false;
    // Customers changed while it was built are in `dirty`: the next list works them out again.
    const settingsNow = readReminderSettings(ctx.db);
    if (!holder.all && built.day === localDayOf(ctx.now()) && stampOf(ctx, settingsNow) === stamp) {
      holder.cache = built;
      return true;
    }
  }
}

/**
 * Starts working Today out in the background if it is out of date and none is under way (only
 * where the host asked for slices). Resolves when the new list is in; null if nothing to do.
 */
export function prepareToday(ctx: CoreContext): Promise<void> | null {
  const holder = holders.get(ctx.db);
  if (!holder || holder.sliceMs === null) return null;
  if (holder.building) return holder.building;
  const settings = readReminderSettings(ctx.db);
  if (isCurrent(holder, holder.cache, localDayOf(ctx.now()), stampOf(ctx, settings))) return null;
  holder.building = buildInSlices(ctx, holder, holder.sliceMs).then(
    (finished) => {
      holder.building = null;
      if (finished) ctx.emit('reminders:ready', {});
    },
    (error: unknown) => {
      holder.building = null;
      holder.log(
        `[regulars] preparing today's reminders failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  return holder.building;
}

function openHits(
  ctx: CoreContext,
  id: string,
  today: number,
  settings: ReminderSettings,
  typical: number | null,
  fitted: boolean,
) {
  const customer = findCustomerRow(ctx.db, id);
  if (!customer) return [];
  const input = { customer, rhythm: readRhythm(ctx.db, id), today, settings, typical, fitted };
  const closed = closedKeys(ctx.db, [id], scopeEnd(today)).get(id);
  return customerReasons(ctx.db, input).filter((hit) => !closed?.has(hit.key));
}

function refreshOne(ctx: CoreContext, cache: CachedToday, settings: ReminderSettings, id: string): void {
  const old = cache.rows.get(id);
  if (old) {
    cache.ordered.splice(cache.ordered.indexOf(old), 1);
    cache.rows.delete(id);
  }
  cache.snoozed.delete(id);
  const hits = openHits(ctx, id, cache.day, settings, cache.typical, cache.fitted);
  if (hits.length === 0) return;
  const snooze = snoozeOf(ctx.db, id);
  if (snooze !== null && snooze > cache.day) {
    cache.snoozed.add(id);
    return;
  }
  const [row] = rankRows(new Map([[id, hits]]));
  if (!row) return;
  cache.rows.set(id, row);
  insertRow(cache.ordered, row);
}

export interface RankedToday {
  today: number;
  ranked: RankedRow[];
  snoozed: number;
  model: ModelStatus;
}

/** Today's ranked rows: from the cache where one is attached, else worked out afresh. */
export function rankedToday(ctx: CoreContext, settings: ReminderSettings): RankedToday {
  const holder = holders.get(ctx.db);
  if (!holder) {
    const { scope, model } = storedScope(ctx, settings);
    const { byCustomer, snoozed } = collectReasons(ctx.db, scope);
    return { today: scope.today, ranked: rankRows(byCustomer), snoozed: snoozed.size, model };
  }
  const stamp = stampOf(ctx, settings);
  const today = localDayOf(ctx.now());
  const cache = holder.cache;
  if (cache !== null && isCurrent(holder, cache, today, stamp)) {
    for (const id of holder.dirty) refreshOne(ctx, cache, settings, id);
    holder.dirty.clear();
    return viewOf(today, cache);
  }
  if (holder.sliceMs !== null && cache !== null && cache.day === today) {
    // The list of a moment ago while the new one is worked out, with each customer changed since
    // worked out again. `dirty` stays, for the new list: a build starting now clears it, since it
    // reads those changes itself.
    if (holder.dirty.size <= MAX_DIRTY) for (const id of holder.dirty) refreshOne(ctx, cache, settings, id);
    void prepareToday(ctx);
    return viewOf(today, cache);
  }
  const fresh = finishNow(rebuildSteps(ctx, settings, stamp));
  holder.cache = fresh;
  holder.dirty.clear();
  holder.all = false;
  return viewOf(today, fresh);
}

function viewOf(today: number, cache: CachedToday): RankedToday {
  return { today, ranked: cache.ordered, snoozed: cache.snoozed.size, model: cache.model };
}
