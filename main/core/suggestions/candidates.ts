import { startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import { PICK_DAYS } from '../../../shared/domain/suggestions.ts';
import { trashedIds } from '../repos/reminder-candidates-repo.ts';
import {
  activeCustomerIds,
  complaintCustomerIds,
  customersServedBy,
  pickedCustomerIds,
  tierUpCustomerIds,
} from '../repos/suggestion-repo.ts';
import { judgeCustomer, type Candidate } from './judge.ts';
import type { SuggestionWorld } from './world.ts';

// Who may have a suggestion today, found from indexes alone (a superset: the judge decides), and
// the ranked list of those who do.

const FEEDBACK_WINDOW_DAYS = 7;

export function candidateIds(world: SuggestionWorld): Set<string> {
  const { db } = world.ctx;
  const s = world.settings;
  const ids = new Set<string>(world.reminders.keys());
  const add = (list: readonly string[]) => list.forEach((id) => ids.add(id));
  const since = (days: number) => startOfLocalDay(world.today - days);
  add(complaintCustomerIds(db, since(s.closeLoopWithinDays), world.endMs));
  const visitDays = Math.max(
    s.thankYouWithinDays,
    s.feedbackAfterDays + FEEDBACK_WINDOW_DAYS,
    world.loyalty ? s.loyaltyNudgeDays : 0,
  );
  add(activeCustomerIds(db, since(visitDays), world.endMs));
  if (world.loyalty) add(tierUpCustomerIds(db, since(s.loyaltyNudgeDays), world.endMs));
  add(customersServedBy(db, [...world.departed.keys()]));
  add(pickedCustomerIds(db, since(PICK_DAYS), world.endMs));
  for (const id of trashedIds(db)) ids.delete(id);
  return ids;
}

/** Highest score first, then by id: a total order, so ranks are stable. */
export function compareCandidates(p: Candidate, q: Candidate): number {
  if (q.scored.score !== p.scored.score) return q.scored.score - p.scored.score;
  return p.customerId < q.customerId ? -1 : p.customerId > q.customerId ? 1 : 0;
}

export function judgeAll(world: SuggestionWorld): Candidate[] {
  const out: Candidate[] = [];
  for (const id of candidateIds(world)) {
    const candidate = judgeCustomer(world, id);
    if (candidate) out.push(candidate);
  }
  return out.sort(compareCandidates);
}

/** Puts a candidate where it belongs in an ordered list (one customer changed: no full sort). */
export function insertCandidate(ordered: Candidate[], candidate: Candidate): void {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const there = ordered[mid];
    if (there && compareCandidates(there, candidate) < 0) low = mid + 1;
    else high = mid;
  }
  ordered.splice(low, 0, candidate);
}
