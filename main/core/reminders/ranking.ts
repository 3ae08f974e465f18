import { REMINDER_KINDS, type ReminderKind } from '../../../shared/domain/reminders.ts';
import type { ReasonHit } from './reasons.ts';

// One row per customer, ranked. A row takes its most pressing reason's score (see reasons.ts),
// with a small bonus for every further reason: explainable at a glance.

const EXTRA_REASON = 5;

/** Most pressing first, the earliest due first among equals. */
export function orderHits(hits: readonly ReasonHit[]): ReasonHit[] {
  return [...hits].sort((p, q) => q.score - p.score || p.dueDay - q.dueDay || p.key.localeCompare(q.key));
}

export interface RankedRow {
  customerId: string;
  hits: ReasonHit[];
  kinds: ReminderKind[];
  /** The earliest due day among the reasons. */
  dueDay: number;
  score: number;
}

export function rankRows(byCustomer: ReadonlyMap<string, ReasonHit[]>): RankedRow[] {
  const rows: RankedRow[] = [];
  for (const [customerId, unordered] of byCustomer) {
    const only = unordered.length === 1 ? unordered[0] : undefined;
    if (only) {
      // Most rows have one reason: no sorting or sets for them.
      rows.push({
        customerId,
        hits: unordered,
        kinds: [only.kind],
        dueDay: only.dueDay,
        score: Math.round(only.score * 100) / 100,
      });
      continue;
    }
    if (unordered.length === 0) continue;
    const hits = orderHits(unordered);
    const present = new Set(hits.map((hit) => hit.kind));
    rows.push({
      customerId,
      hits,
      kinds: REMINDER_KINDS.filter((kind) => present.has(kind)),
      dueDay: Math.min(...hits.map((hit) => hit.dueDay)),
      score: Math.round(((hits[0]?.score ?? 0) + EXTRA_REASON * (hits.length - 1)) * 100) / 100,
    });
  }
  return rows.sort(compareRows);
}

/** Highest score first, then the earliest due, then by id: a total order, so ranks are stable. */
export function compareRows(p: RankedRow, q: RankedRow): number {
  if (q.score !== p.score) return q.score - p.score;
  if (p.dueDay !== q.dueDay) return p.dueDay - q.dueDay;
  return p.customerId < q.customerId ? -1 : p.customerId > q.customerId ? 1 : 0;
}

/** Puts a row where it belongs in an ordered list (one customer changed: no full sort). */
export function insertRow(ordered: RankedRow[], row: RankedRow): void {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const there = ordered[mid];
    if (there && compareRows(there, row) < 0) low = mid + 1;
    else high = mid;
  }
  ordered.splice(low, 0, row);
}
