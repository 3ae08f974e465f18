import {
  SUGGESTION_KINDS,
  suggestionListInputSchema,
  type SuggestionKind,
  type SuggestionList,
} from '../../../shared/domain/suggestions.ts';
import { dayToIso, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { CoreContext } from '../context.ts';
import type { Core } from '../core.ts';
import type { Db } from '../db/open.ts';
import { candidateIds, compareCandidates, insertCandidate, judgeAll } from '../suggestions/candidates.ts';
import { judgeCustomer, type Candidate } from '../suggestions/judge.ts';
import { presenter } from '../suggestions/present.ts';
import { asOfWorld, todayWorld, worldDate, type SuggestionWorld } from '../suggestions/world.ts';
import { parseOrThrow } from '../validate.ts';
import { prepareToday } from './today-cache.ts';

// Today's follow-up suggestions, ranked. Judging every candidate reads a few rows each (and a
// loyalty replay for recent visitors): tens of thousands in a big shop, seconds of work. Long-running
// hosts keep the judged list in memory, as the reminders' Today does, and re-judge only the
// customers a change event names. Anything wider (a new day, settings, a refit, staff, another
// process) rebuilds the list in the background, in slices of a few milliseconds with the event
// loop free in between, so the counter never waits for it: meanwhile Today answers at once that
// the list is being prepared, and 'suggestions:ready' tells the windows to ask again.

interface Cached {
  day: number;
  stamp: string;
  byId: Map<string, Candidate>;
  ordered: Candidate[];
}

interface Holder {
  cache: Cached | null;
  dirty: Set<string>;
  all: boolean;
  /** The background rebuild under way, if any. */
  building: Promise<void> | null;
  detached: boolean;
  sliceMs: number;
  log: (message: string) => void;
}

const holders = new WeakMap<Db, Holder>();
const MAX_DIRTY = 300;

export interface SuggestionCacheOptions {
  /** Work done before handing the event loop back. */
  sliceMs?: number;
  log?: (message: string) => void;
}

export function attachSuggestionCache(
  core: Pick<Core, 'ctx' | 'subscribe'>,
  options: SuggestionCacheOptions = {},
): () => void {
  const holder: Holder = {
    cache: null,
    dirty: new Set(),
    all: true,
    building: null,
    detached: false,
    sliceMs: options.sliceMs ?? 8,
    log: options.log ?? ((message) => console.warn(message)),
  };
  holders.set(core.ctx.db, holder);
  const mark = (ids: readonly string[]) => ids.forEach((id) => holder.dirty.add(id));
  const off = core.subscribe((event, payload) => {
    if (event === 'customers:changed') mark((payload as { ids: string[] }).ids);
    else if (event === 'interactions:changed') mark((payload as { customerIds: string[] }).customerIds);
    else if (event === 'reminders:changed' || event === 'loyalty:changed') {
      const ids = (payload as { customerIds: string[] | null }).customerIds;
      if (ids === null || ids.length === 0) holder.all = true;
      else mark(ids);
    } else if (event === 'settings:changed' || event === 'staff:changed') holder.all = true;
  });
  // Ready before anyone opens Today, in a big shop too; after the host has finished starting.
  setImmediate(() => void refreshSuggestions(core.ctx)).unref();
  return () => {
    off();
    holder.detached = true;
    holders.delete(core.ctx.db);
  };
}

function stampOf(world: SuggestionWorld): string {
  const { db } = world.ctx;
  const model = db.prepare('SELECT fitted_at, status FROM prediction_model WHERE id = 1').get();
  // data_version moves when another connection (the command line) commits.
  const external = db.pragma('data_version', { simple: true }) as number;
  return JSON.stringify([world.settings, [...world.departed.keys()], world.loyalty, model, external]);
}

function isCurrent(holder: Holder, world: SuggestionWorld): holder is Holder & { cache: Cached } {
  const cache = holder.cache;
  return (
    cache !== null &&
    !holder.all &&
    cache.day === world.today &&
    cache.stamp === stampOf(world) &&
    holder.dirty.size <= MAX_DIRTY
  );
}

/** Out of date without working out today's world (which costs a reminders' rebuild when cold). */
function isPlainlyStale(ctx: CoreContext, holder: Holder): boolean {
  return holder.cache === null || holder.all || holder.cache.day !== localDayOf(ctx.now());
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Judges every candidate, a slice at a time; starts over if something wide changed meanwhile. */
async function rebuild(ctx: CoreContext, holder: Holder): Promise<boolean> {
  // Whoever asked gets their answer first.
  await nextTurn();
  for (;;) {
    // Judged against Today's reminders as they are now, not the list of a moment ago.
    await prepareToday(ctx);
    if (holder.detached) return false;
    holder.all = false;
    holder.dirty.clear();
    const world = todayWorld(ctx);
    const stamp = stampOf(world);
    const ids = [...candidateIds(world)];
    const ordered: Candidate[] = [];
    let next = 0;
    while (next < ids.length) {
      const sliceStart = performance.now();
      do {
        const candidate = judgeCustomer(world, ids[next++] ?? '');
        if (candidate) ordered.push(candidate);
      } while (next < ids.length && performance.now() - sliceStart < holder.sliceMs);
      await nextTurn();
      if (holder.detached) return false;
    }
    ordered.sort(compareCandidates);
    // Customers changed while judging stay in `dirty`: the next list re-judges them.
    holder.cache = { day: world.today, stamp, ordered, byId: new Map(ordered.map((c) => [c.customerId, c])) };
    if (!holder.all && isCurrent(holder, todayWorld(ctx))) return true;
  }
}

/**
 * Starts the background rebuild if Today's list is out of date (a new day, new settings…) and
 * none is under way. Long-running hosts call it on a timer, so a new day is ready before it is asked.
 */
export function refreshSuggestions(ctx: CoreContext): Promise<void> | null {
  const holder = holders.get(ctx.db);
  if (!holder) return null;
  if (holder.building) return holder.building;
  if (!isPlainlyStale(ctx, holder) && isCurrent(holder, todayWorld(ctx))) return null;
  holder.building = rebuild(ctx, holder).then(
    (finished) => {
      holder.building = null;
      if (finished) ctx.emit('suggestions:ready', {});
    },
    (error: unknown) => {
      holder.building = null;
      holder.log(
        `[regulars] preparing today's suggestions failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  return holder.building;
}

/** The ranked candidates, or null while the background rebuild prepares them. */
function cachedCandidates(ctx: CoreContext, world: SuggestionWorld): Candidate[] | null {
  const holder = holders.get(ctx.db);
  if (!holder) return judgeAll(world);
  if (holder.building || !isCurrent(holder, world)) return null;
  const cache = holder.cache;
  for (const id of holder.dirty) {
    const old = cache.byId.get(id);
    if (old) {
      cache.ordered.splice(cache.ordered.indexOf(old), 1);
      cache.byId.delete(id);
    }
    const fresh = judgeCustomer(world, id);
    if (!fresh) continue;
    cache.byId.set(id, fresh);
    insertCandidate(cache.ordered, fresh);
  }
  holder.dirty.clear();
  return cache.ordered;
}

function countKinds(candidates: readonly Candidate[]): Record<SuggestionKind, number> {
  const counts = Object.fromEntries(SUGGESTION_KINDS.map((kind) => [kind, 0])) as Record<
    SuggestionKind,
    number
  >;
  for (const candidate of candidates) {
    const kind = candidate.hits[0]?.kind;
    if (kind) counts[kind]++;
  }
  return counts;
}

function preparingList(ctx: CoreContext): SuggestionList {
  void refreshSuggestions(ctx);
  const asOf = dayToIso(localDayOf(ctx.now()));
  return { asOf, rows: [], total: 0, counts: countKinds([]), preparing: true };
}

export function listSuggestions(ctx: CoreContext, input: { limit?: number; asOf?: string }): SuggestionList {
  const { limit, asOf } = parseOrThrow(suggestionListInputSchema, input);
  const holder = holders.get(ctx.db);
  if (asOf === undefined && holder && (holder.building || isPlainlyStale(ctx, holder)))
    return preparingList(ctx);
  const world = asOf === undefined ? todayWorld(ctx) : asOfWorld(ctx, asOf);
  const candidates = asOf === undefined ? cachedCandidates(ctx, world) : judgeAll(world);
  if (candidates === null) return preparingList(ctx);
  const present = presenter(world);
  return {
    asOf: worldDate(world),
    rows: candidates.slice(0, limit).flatMap((candidate) => present.present(candidate) ?? []),
    total: candidates.length,
    counts: countKinds(candidates),
    preparing: false,
  };
}

export { compareCandidates };
