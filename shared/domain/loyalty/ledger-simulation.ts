import type { PointsEntry, QualifyingVisit } from './earning.ts';
import { addMonths } from './local-time.ts';
import type { ProgramVersion } from './program.ts';

/** A ledger row somebody decided (a redemption, an adjustment, a birthday bonus): an input, never derived. */
export interface LedgerFact {
  id: number;
  kind: 'redeem' | 'adjust' | 'bonus';
  at: number;
  points: number;
}

/**
 * A derived amount of points: what the ledger must hold, in sum, for this key at this instant.
 * `earn:`/`visit:` are points earned, `expire:<instant>` points that expired, and
 * `cover:<fact id>` points the shop does not take back because they were already spent.
 */
export interface Entitlement {
  key: string;
  at: number;
  points: number;
  interactionId: string | null;
}

export interface Simulation {
  entitlements: Entitlement[];
  balance: number;
  /** When the points left would expire if the customer does not come back; null: they will not. */
  nextExpiryAt: number | null;
}

interface ExpiryRun {
  start: number;
  end: number;
  months: number | null;
}

/** Stretches of time with one expiry rule: a program change that keeps the rule does not restart its clock. */
export function expiryRuns(versions: readonly ProgramVersion[]): ExpiryRun[] {
  const runs: ExpiryRun[] = [];
  versions.forEach((version, index) => {
    const end = versions[index + 1]?.effectiveFrom ?? Number.POSITIVE_INFINITY;
    const months = version.program.expiryMonths;
    const last = runs.at(-1);
    if (last && last.months === months) last.end = end;
    else runs.push({ start: version.effectiveFrom, end, months });
  });
  return runs;
}

const DAY_MS = 86_400_000;

/**
 * How long after its anchor an expiry comes at the soonest: N months on the wall clock are at
 * least 28·N days, less two days for the oddest change of time zone rules. A replay skips working
 * out the date while the next event is sooner than that (visits mostly are).
 */
function soonestExpiry(runs: readonly ExpiryRun[]): number {
  let months = Number.POSITIVE_INFINITY;
  for (const run of runs) if (run.months !== null) months = Math.min(months, run.months);
  return (28 * months - 2) * DAY_MS;
}

/**
 * The first instant after `anchor` at which points expire: N months without a visit, counted
 * from the later of the last visit and the day the rule took effect. A new rule therefore never
 * expires points before it has been in force for its full N months: never retroactively.
 */
export function expiryAfter(anchor: number, runs: readonly ExpiryRun[]): number | null {
  for (const run of runs) {
    if (run.end <= anchor || run.months === null) continue;
    const due = addMonths(Math.max(anchor, run.start), run.months);
    if (due < run.end) return due;
  }
  return null;
}

// At the same instant: points earned, then refunds, then visits, then decisions (so a refund
// logged in the same millisecond as its purchase finds the points); then by key, or by row id.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const entryOrder = (a: PointsEntry, b: PointsEntry) =>
  a.at - b.at || (a.points < 0 ? 1 : 0) - (b.points < 0 ? 1 : 0) || byKey(a.key, b.key);
const factTie = (fact: LedgerFact) => String(fact.id).padStart(12, '0');
const factOrder = (a: LedgerFact, b: LedgerFact) => a.at - b.at || byKey(factTie(a), factTie(b));
const visitOrder = (a: QualifyingVisit, b: QualifyingVisit) => a.at - b.at;

/** The list in that order: itself when it already is (entries and visits come so), else a sorted copy. */
function ordered<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return [...list].sort(compare);
  }
  return list;
}

/**
 * Replays a customer's points in time order up to `asOf`: what the ledger must contain and the
 * balance. The balance never goes below zero: a refund takes back at most what is there, expiry
 * takes what is left, and a redemption or adjustment that an edit made too big is covered by the
 * shop (`cover:`), since those points were really spent. The same inputs always give the same
 * result, which is what makes the incremental path and a full recompute agree.
 */
export function simulateLedger(input: {
  versions: readonly ProgramVersion[];
  entries: readonly PointsEntry[];
  visits: readonly QualifyingVisit[];
  facts: readonly LedgerFact[];
  asOf: number;
}): Simulation {
  const runs = expiryRuns(input.versions);
  // The three kinds of event each in order, merged as they are replayed: a full recompute does
  // this for every customer, and one sort of all the events was most of its time.
  const entries = ordered(input.entries, entryOrder);
  const visits = ordered(input.visits, visitOrder);
  const facts = ordered(input.facts, factOrder);

  const entitlements: Entitlement[] = [];
  let balance = 0;
  let anchor: number | null = null;
  // The expiry due from an anchor is asked at every event, and the anchor moves far less often.
  let dueFrom: number | null = null;
  let dueAt: number | null = null;
  const expiryFrom = (from: number) => {
    if (from !== dueFrom) {
      dueFrom = from;
      dueAt = expiryAfter(from, runs);
    }
    return dueAt;
  };
  const soonest = soonestExpiry(runs);
  const expireUntil = (limit: number) => {
    while (anchor !== null) {
      if (limit < anchor + soonest) return;
      const due = expiryFrom(anchor);
      if (due === null || due > limit) return;
      if (balance > 0) {
        entitlements.push({ key: `expire:${due}`, at: due, points: -balance, interactionId: null });
        balance = 0;
      }
      anchor = due;
    }
  };

  let nextEntry = 0;
  let nextVisit = 0;
  let nextFact = 0;
  for (;;) {
    const entry = entries[nextEntry];
    const visit = visits[nextVisit];
    const fact = facts[nextFact];
    // The earliest; at the same instant an entry comes before a visit, a visit before a decision.
    let at = entry ? entry.at : Number.POSITIVE_INFINITY;
    let next: 'entry' | 'visit' | 'fact' | null = entry ? 'entry' : null;
    if (visit && visit.at < at) {
      at = visit.at;
      next = 'visit';
    }
    if (fact && fact.at < at) {
      at = fact.at;
      next = 'fact';
    }
    if (next === null || at > input.asOf) break;
    expireUntil(at);
    anchor ??= at;
    if (next === 'entry' && entry) {
      nextEntry++;
      const points = Math.max(entry.points, -balance);
      // Owed in full, the entry is its own entitlement (a million fewer objects in a recompute).
      if (points === entry.points && points !== 0) entitlements.push(entry);
      else if (points !== 0)
        entitlements.push({ key: entry.key, at: entry.at, points, interactionId: entry.interactionId });
      balance += points;
    } else if (next === 'fact' && fact) {
      nextFact++;
      balance += fact.points;
      if (balance < 0) {
        entitlements.push({ key: `cover:${fact.id}`, at: fact.at, points: -balance, interactionId: null });
        balance = 0;
      }
      // Redeeming happens at the counter: the customer came by, so the expiry clock restarts.
      if (fact.kind === 'redeem') anchor = fact.at;
    } else {
      nextVisit++;
      anchor = at;
    }
  }
  expireUntil(input.asOf);
  const nextExpiryAt = balance > 0 && anchor !== null ? expiryFrom(anchor) : null;
  return { entitlements, balance, nextExpiryAt };
}
