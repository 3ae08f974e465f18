import {
  SUGGESTION_KINDS,
  suggestionListInputSchema,
  type SuggestionKind,
  type SuggestionList,
} from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import type { Core } from '../core.ts';
import type { Db } from '../db/open.ts';
import { compareCandidates, insertCandidate, judgeAll } from '../suggestions/candidates.ts';
import { judgeCustomer, type Candidate } from '../suggestions/judge.ts';
import { presenter } from '../suggestions/present.ts';
import { asOfWorld, todayWorld, worldDate, type SuggestionWorld } from '../suggestions/world.ts';
import { parseOrThrow } from '../validate.ts';

// Today's follow-up suggestions, ranked. Judging every candidate reads a few rows each (and a
// loyalty replay for recent visitors): tens of thousands in a big shop. Long-running hosts keep the
// judged list in memory, as the reminders' Today does, and re-judge only the customers a change
// event names; anything wider (a new day, settings, a refit, staff, another process) starts over.

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
}

const holders = new WeakMap<Db, Holder>();
const MAX_DIRTY = 300;

export function attachSuggestionCache(core: Pick<Core, 'ctx' | 'subscribe'>): () => void {
  const holder: Holder = { cache: null, dirty: new Set(), all: true };
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
  return () => {
    off();
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

function cachedCandidates(ctx: CoreContext, world: SuggestionWorld): Candidate[] {
  const holder = holders.get(ctx.db);
  if (!holder) return judgeAll(world);
  const stamp = stampOf(world);
  let cache = holder.cache;
  if (
    !cache ||
    holder.all ||
    cache.day !== world.today ||
    cache.stamp !== stamp ||
    holder.dirty.size > MAX_DIRTY
  ) {
    const ordered = judgeAll(world);
    cache = { day: world.today, stamp, ordered, byId: new Map(ordered.map((c) => [c.customerId, c])) };
  } else {
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
  }
  holder.cache = cache;
  holder.dirty.clear();
  holder.all = false;
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

export function listSuggestions(ctx: CoreContext, input: { limit?: number; asOf?: string }): SuggestionList {
  const { limit, asOf } = parseOrThrow(suggestionListInputSchema, input);
  const world = asOf === undefined ? todayWorld(ctx) : asOfWorld(ctx, asOf);
  const candidates = asOf === undefined ? cachedCandidates(ctx, world) : judgeAll(world);
  const present = presenter(world);
  return {
    asOf: worldDate(world),
    rows: candidates.slice(0, limit).flatMap((candidate) => present.present(candidate) ?? []),
    total: candidates.length,
    counts: countKinds(candidates),
  };
}

export { compareCandidates };
