import { DAY_MS, localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import { PICK_DAYS } from '../../../shared/domain/suggestions.ts';
import { scoreSuggestion, type Scored, type ValueFacts } from '../../../shared/domain/suggestion-ranking.ts';
import { getLoyaltyStatus } from '../loyalty/status-service.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import {
  actedByKind,
  interactionsBetween,
  latestTierUp,
  pickOf,
  recentVisitStaff,
  valueBefore,
  type WindowInteraction,
} from '../repos/suggestion-repo.ts';
import { closeTheLoop, fromReminder, loyaltyHits, URGENCY, type SuggestionHit } from './hits.ts';
import type { SuggestionWorld } from './world.ts';

// One customer's suggestions on the world's day: every kind that applies, minus the kinds the
// owner switched off, the ones a logged follow-up already answered, and (close the loop apart)
// everything while the customer was contacted recently. Today's list and the customer page both
// ask this one judge, so they always agree.

export interface Candidate {
  customerId: string;
  /** Most urgent first; the first is the suggestion, the rest are "also". */
  hits: SuggestionHit[];
  scored: Scored;
  /** What the score of any of the hits is made of besides its urgency. */
  facts: ValueFacts;
  loyalty: LoyaltyStatus | null;
}

const CONTACTS = new Set(['follow_up', 'call', 'email', 'message']);
const VISITS = new Set(['visit', 'purchase']);
/** Feedback requests stay suggested this many days after they fall due. */
const FEEDBACK_WINDOW_DAYS = 7;
/** "Usual" staff: the most frequent among this many latest visits. */
const USUAL_STAFF_VISITS = 10;

function windowDays(world: SuggestionWorld): number {
  const s = world.settings;
  return Math.max(
    s.closeLoopWithinDays,
    s.recencyDays,
    s.thankYouWithinDays,
    s.feedbackAfterDays + FEEDBACK_WINDOW_DAYS,
    s.loyaltyNudgeDays,
  );
}

function thankYou(world: SuggestionWorld, firstVisitAt: number | null, rows: readonly WindowInteraction[]) {
  if (firstVisitAt === null || firstVisitAt >= world.endMs) return null;
  const firstDay = localDayOf(firstVisitAt);
  if (firstDay < world.today - world.settings.thankYouWithinDays) return null;
  if (rows.some((row) => VISITS.has(row.kind) && localDayOf(row.occurred_at) !== firstDay)) return null;
  const days = world.today - firstDay;
  return {
    kind: 'thank_you' as const,
    urgency: URGENCY.thank_you,
    since: firstVisitAt,
    reasons: [`First visit ${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`}.`],
    numbers: { firstVisitDaysAgo: days },
  };
}

function feedbackRequest(world: SuggestionWorld, rows: readonly WindowInteraction[]): SuggestionHit | null {
  const latestDue = world.today - world.settings.feedbackAfterDays;
  let purchase: WindowInteraction | null = null;
  for (const row of rows) {
    const day = localDayOf(row.occurred_at);
    if (row.kind === 'purchase' && day <= latestDue && day > latestDue - FEEDBACK_WINDOW_DAYS) purchase = row;
    else if (purchase && (row.kind === 'feedback' || row.kind === 'complaint' || CONTACTS.has(row.kind)))
      purchase = null;
  }
  if (!purchase) return null;
  const days = world.today - localDayOf(purchase.occurred_at);
  return {
    kind: 'feedback_request',
    urgency: URGENCY.feedback_request,
    since: purchase.occurred_at,
    reasons: [
      `Purchase ${days} days ago${purchase.note === '' ? '' : ` (${purchase.note.slice(0, 60)})`}, no feedback yet.`,
    ],
    numbers: { purchaseDaysAgo: days, interactionId: purchase.id, note: purchase.note.slice(0, 60) },
  };
}

function staffLeft(world: SuggestionWorld, customerId: string): SuggestionHit | null {
  if (world.departed.size === 0) return null;
  const visits = recentVisitStaff(world.ctx.db, customerId, world.endMs, USUAL_STAFF_VISITS);
  const counts = new Map<string, number>();
  for (const visit of visits)
    if (visit.staff_id) counts.set(visit.staff_id, (counts.get(visit.staff_id) ?? 0) + 1);
  const [usual, served] = [...counts].sort((p, q) => q[1] - p[1])[0] ?? [];
  const gone = usual === undefined ? undefined : world.departed.get(usual);
  if (!gone || served === undefined || served < world.settings.staffLeftMinVisits) return null;
  // Back since the departure: they have met the team already.
  if ((visits[0]?.occurred_at ?? 0) >= gone.leftAt || gone.leftAt >= world.endMs) return null;
  return {
    kind: 'staff_left',
    urgency: URGENCY.staff_left,
    since: gone.leftAt,
    reasons: [
      `${gone.name} served ${served} of their last ${visits.length} visits and has left; not back since.`,
    ],
    numbers: { staff: gone.name, servedVisits: served, ofVisits: visits.length },
  };
}

/** Picked by the owner from a list, less than PICK_DAYS ago: suggested until a follow-up answers it. */
function pickedHit(world: SuggestionWorld, customerId: string): SuggestionHit | null {
  const pick = pickOf(world.ctx.db, customerId, startOfLocalDay(world.today - PICK_DAYS), world.endMs);
  if (!pick) return null;
  const days = world.today - localDayOf(pick.picked_at);
  return {
    kind: 'picked',
    urgency: URGENCY.picked,
    since: pick.picked_at,
    reasons: [
      `Picked from “${pick.source}” ${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`}.`,
    ],
    numbers: { source: pick.source, pickedDaysAgo: days },
  };
}

export function judgeCustomer(world: SuggestionWorld, customerId: string): Candidate | null {
  const { db } = world.ctx;
  const row = findCustomerRow(db, customerId);
  if (!row) return null;
  const s = world.settings;
  const fromMs = startOfLocalDay(world.today - windowDays(world));
  const rows = interactionsBetween(db, customerId, fromMs, world.endMs);
  const hits: SuggestionHit[] = [];
  const loop = closeTheLoop(rows, startOfLocalDay(world.today - s.closeLoopWithinDays), world.today);
  if (loop) hits.push(loop);
  for (const reason of world.reminders.get(customerId) ?? []) {
    const hit = fromReminder(reason, s, startOfLocalDay);
    if (hit) hits.push(hit);
  }
  const thanks = thankYou(world, row.first_visit_at, rows);
  if (thanks) hits.push(thanks);
  const feedback = feedbackRequest(world, rows);
  if (feedback) hits.push(feedback);
  let loyalty: LoyaltyStatus | null = null;
  if (world.loyalty) {
    const nudgeFrom = startOfLocalDay(world.today - s.loyaltyNudgeDays);
    const lastVisit = rows.filter((r) => VISITS.has(r.kind) && r.occurred_at >= nudgeFrom).at(-1);
    const tierUp = latestTierUp(db, customerId, nudgeFrom, world.endMs);
    if (lastVisit || tierUp) {
      loyalty = getLoyaltyStatus(world.ctx, customerId, world.at);
      hits.push(...loyaltyHits(loyalty, s, lastVisit?.occurred_at ?? fromMs, tierUp));
    }
  }
  const left = staffLeft(world, customerId);
  if (left) hits.push(left);
  const picked = pickedHit(world, customerId);
  if (picked) hits.push(picked);

  const disabled = new Set(s.disabledKinds);
  const acted = actedByKind(db, customerId, world.endMs);
  const recentFrom = startOfLocalDay(world.today - s.recencyDays + 1);
  const contactedRecently = rows.some((r) => CONTACTS.has(r.kind) && r.occurred_at >= recentFrom);
  const open = hits
    .filter((hit) => !disabled.has(hit.kind))
    .filter((hit) => (acted.get(hit.kind) ?? -Infinity) < hit.since)
    .filter((hit) => hit.kind === 'close_the_loop' || !contactedRecently)
    .sort((p, q) => q.urgency - p.urgency);
  const best = open[0];
  if (!best) return null;
  const value = world.asOf
    ? valueBefore(db, customerId, world.endMs)
    : { spend: row.total_spend_minor, visits: row.visit_count, last_at: null };
  const lastAt = world.asOf ? value.last_at : (rows.at(-1)?.occurred_at ?? row.last_visit_at);
  const facts: ValueFacts = {
    spendMinor: value.spend,
    visits: value.visits,
    pAlive: world.pAlive(customerId),
    daysSinceContact: lastAt === null ? null : Math.max(0, Math.floor((world.endMs - 1 - lastAt) / DAY_MS)),
  };
  return { customerId, hits: open, scored: scoreSuggestion(best.urgency, facts), facts, loyalty };
}
