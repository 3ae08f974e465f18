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

interface Event {
  at: number;
  /** At the same instant: points earned, then refunds, then decisions (so a refund logged in the same millisecond as its purchase finds the points). */
  order: number;
  tie: string;
  entry?: PointsEntry;
  fact?: LedgerFact;
  visitAt?: number;
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
  const events: Event[] = [];
  for (const entry of input.entries)
    events.push({ at: entry.at, order: entry.points < 0 ? 1 : 0, tie: entry.key, entry });
  for (const visit of input.visits) events.push({ at: visit.at, order: 2, tie: '', visitAt: visit.at });
  for (const fact of input.facts)
    events.push({ at: fact.at, order: 3, tie: String(fact.id).padStart(12, '0'), fact });
  events.sort((a, b) => a.at - b.at || a.order - b.order || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));

  const entitlements: Entitlement[] = [];
  let balance = 0;
  let anchor: number | null = null;
  const expireUntil = (limit: number) => {
    while (anchor !== null) {
      const due = expiryAfter(anchor, runs);
      if (due === null || due > limit) return;
      if (balance > 0) {
        entitlements.push({ key: `expire:${due}`, at: due, points: -balance, interactionId: null });
        balance = 0;
      }
      anchor = due;
    }
  };

  for (const event of events) {
    if (event.at > input.asOf) break;
    expireUntil(event.at);
    anchor ??= event.at;
    const { entry, fact } = event;
    if (entry) {
      const points = Math.max(entry.points, -balance);
      if (points !== 0)
        entitlements.push({ key: entry.key, at: entry.at, points, interactionId: entry.interactionId });
      balance += points;
    } else if (fact) {
      balance += fact.points;
      if (balance < 0) {
        entitlements.push({ key: `cover:${fact.id}`, at: fact.at, points: -balance, interactionId: null });
        balance = 0;
      }
      // Redeeming happens at the counter: the customer came by, so the expiry clock restarts.
      if (fact.kind === 'redeem') anchor = fact.at;
    } else if (event.visitAt !== undefined) {
      anchor = event.visitAt;
    }
  }
  expireUntil(input.asOf);
  const nextExpiryAt = balance > 0 && anchor !== null ? expiryAfter(anchor, runs) : null;
  return { entitlements, balance, nextExpiryAt };
}
