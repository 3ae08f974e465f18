import { dayToIso, DAY_MS, localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import type { SuggestionKind, SuggestionSettings } from '../../../shared/domain/suggestions.ts';
import { BASE } from '../reminders/reason-words.ts';
import type { ReasonHit } from '../reminders/reasons.ts';
import type { WindowInteraction } from '../repos/suggestion-repo.ts';

// Each kind of suggestion from its facts: how urgent it is, since when it applies (a follow-up
// of the same kind logged after that instant answers it), and why, in words and numbers.

export interface SuggestionHit {
  kind: SuggestionKind;
  urgency: number;
  /** The instant this occurrence began: a follow-up of this kind from then on settles it. */
  since: number;
  reasons: string[];
  numbers: Record<string, number | string | null>;
}

/** Urgency by kind; close the loop sits far above anything the rest can add up to. */
export const URGENCY: Record<SuggestionKind, number> = {
  close_the_loop: 1000,
  win_back: 60,
  we_miss_you: 55,
  birthday: 50,
  thank_you: 45,
  feedback_request: 40,
  tier_reached: 40,
  reward_available: 35,
  near_next_tier: 30,
  staff_left: 30,
  picked: 42,
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const isLowScore = (row: WindowInteraction) =>
  (row.csat !== null && row.csat <= 2) ||
  (row.nps !== null && row.nps <= 6) ||
  (row.ces !== null && row.ces <= 3);
const REPLIES = new Set(['follow_up', 'call', 'email', 'message']);

/** The latest complaint or low score with no follow-up, call, e-mail or message after it. */
export function closeTheLoop(
  rows: readonly WindowInteraction[],
  fromMs: number,
  today: number,
): SuggestionHit | null {
  let open: WindowInteraction | null = null;
  for (const row of rows) {
    if (row.occurred_at >= fromMs && (row.kind === 'complaint' || isLowScore(row))) open = row;
    else if (open && REPLIES.has(row.kind)) open = null;
  }
  if (!open) return null;
  const days = today - localDayOf(open.occurred_at);
  const scores = [
    open.csat === null ? null : `CSAT ${open.csat}/5`,
    open.nps === null ? null : `NPS ${open.nps}/10`,
    open.ces === null ? null : `CES ${open.ces}/7`,
  ].filter((text) => text !== null);
  const what = open.kind === 'complaint' ? 'A complaint' : `A low score (${scores.join(', ')})`;
  const note = open.note === '' ? '' : `: “${open.note.slice(0, 80)}”`;
  return {
    kind: 'close_the_loop',
    urgency: URGENCY.close_the_loop + Math.min(20, days),
    since: open.occurred_at,
    reasons: [
      `${what} ${days === 0 ? 'today' : `${plural(days, 'day')} ago`}${note}, with no follow-up since.`,
    ],
    numbers: {
      interactionId: open.id,
      date: dayToIso(localDayOf(open.occurred_at)),
      daysAgo: days,
      csat: open.csat,
      nps: open.nps,
      ces: open.ces,
      trigger: open.kind === 'complaint' ? 'complaint' : 'low_score',
      note: open.note.slice(0, 80),
    },
  };
}

export function fromReminder(
  hit: ReasonHit,
  settings: SuggestionSettings,
  dayStart: (day: number) => number,
): SuggestionHit | null {
  const reason = hit.build();
  if (reason.kind === 'overdue') {
    if (reason.visits < settings.winBackMinVisits) return null;
    return {
      kind: 'win_back',
      urgency: URGENCY.win_back + Math.min(20, Math.max(0, hit.score - BASE.overdue)),
      since: dayStart(localDayFromIso(reason.lastVisitDate)),
      reasons: [reason.text],
      numbers: {
        visits: reason.visits,
        daysSinceLastVisit: reason.daysSinceLastVisit,
        usualIntervalDays: Math.round(reason.intervalDays * 10) / 10,
        lastVisitDate: reason.lastVisitDate,
      },
    };
  }
  if (reason.kind === 'at_risk') {
    return {
      kind: 'we_miss_you',
      urgency: URGENCY.we_miss_you + 20 * (1 - reason.pAlive),
      since: dayStart(localDayFromIso(reason.lastVisitDate)),
      reasons: [reason.text],
      numbers: {
        pAlive: Math.round(reason.pAlive * 1000) / 1000,
        visits: reason.visits,
        daysSinceLastVisit: reason.daysSinceLastVisit,
        lastVisitDate: reason.lastVisitDate,
      },
    };
  }
  if (reason.kind === 'birthday') {
    if (reason.daysAhead > settings.birthdayDaysAhead) return null;
    const day = localDayFromIso(reason.dueDate);
    return {
      kind: 'birthday',
      urgency: URGENCY.birthday + Math.max(0, 5 - reason.daysAhead),
      // A greeting sent in the month before the day settles this year's birthday.
      since: dayStart(day - 30),
      reasons: [reason.text],
      numbers: { birthday: reason.dueDate, daysAhead: reason.daysAhead, turns: reason.turns },
    };
  }
  return null;
}

function localDayFromIso(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function loyaltyHits(
  status: LoyaltyStatus,
  settings: SuggestionSettings,
  lastVisitAt: number,
  tierUp: { at: number; to_name: string | null } | undefined,
): SuggestionHit[] {
  const hits: SuggestionHit[] = [];
  const affordable = status.rewards.filter((reward) => reward.affordable).sort((p, q) => q.cost - p.cost);
  const best = affordable[0];
  if (best) {
    hits.push({
      kind: 'reward_available',
      urgency: URGENCY.reward_available,
      since: lastVisitAt,
      reasons: [`${status.balance} points: enough for ${best.name} (${best.cost} points).`],
      numbers: { points: status.balance, reward: best.name, rewardCost: best.cost },
    });
  }
  const next = status.nextTier;
  if (next && next.missing > 0 && next.missing <= (next.threshold * settings.nearTierPercent) / 100) {
    hits.push({
      kind: 'near_next_tier',
      urgency: URGENCY.near_next_tier,
      since: lastVisitAt,
      reasons: [
        `${next.missing} ${status.measure === 'points' ? 'points' : status.measure === 'visits' ? 'visits' : 'spent (minor units)'} short of ${next.name} (threshold ${next.threshold}).`,
      ],
      numbers: {
        missing: next.missing,
        threshold: next.threshold,
        nextTier: next.name,
        measure: status.measure,
      },
    });
  }
  if (tierUp) {
    hits.push({
      kind: 'tier_reached',
      urgency: URGENCY.tier_reached,
      since: tierUp.at,
      reasons: [`Reached ${tierUp.to_name ?? 'a new tier'} on ${dayToIso(localDayOf(tierUp.at))}.`],
      numbers: { tier: tierUp.to_name, date: dayToIso(localDayOf(tierUp.at)) },
    });
  }
  return hits;
}
