import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import {
  atRiskReason,
  birthdayReason,
  importantDateReason,
  oneOffReason,
  postPurchaseReason,
  rhythmReason,
  stayInTouchReason,
  type ReasonHit,
  type RhythmFacts,
  type StayPlan,
} from './reasons.ts';

// The one judge of which reasons apply to a customer on a day. Today's indexed queries only pick
// the customers worth asking about (never fewer than apply); the customer page and the as-of
// command line ask about customers directly; all of them get their answer here.

/** A post-purchase rule fires this many days in a row, then leaves Today unless done or dismissed. */
export const POST_PURCHASE_WINDOW_DAYS = 7;

export interface ReminderFacts {
  rhythm: RhythmFacts | null;
  prediction: { pAlive: number } | null;
  birthday: string;
  dates: { fieldId: string; label: string; value: string }[];
  /** Interactions that may trigger a post-purchase rule, with their local day. */
  triggers: { interactionId: string; kind: InteractionKind; day: number }[];
  stay: { plan: StayPlan; lastContactDay: number | null; addedDay: number } | null;
  oneOffs: { id: string; dueDay: number; note: string }[];
}

export function emptyFacts(): ReminderFacts {
  return { rhythm: null, prediction: null, birthday: '', dates: [], triggers: [], stay: null, oneOffs: [] };
}

/** Which date fields count: the chosen ones, or every date field when none were chosen. */
export function countsAsImportantDate(settings: ReminderSettings, fieldId: string): boolean {
  return settings.importantDateFieldIds === null || settings.importantDateFieldIds.includes(fieldId);
}

/** The reasons that apply, as hits: cheap to filter, count and rank; build() only those shown. */
export function reasonsFromFacts(
  today: number,
  facts: ReminderFacts,
  settings: ReminderSettings,
): ReasonHit[] {
  const reasons: (ReasonHit | null)[] = [];
  const { rhythm, prediction } = facts;
  if (rhythm) {
    reasons.push(rhythmReason(today, rhythm, settings));
    if (
      prediction &&
      prediction.pAlive < settings.atRiskBelow &&
      prediction.pAlive >= settings.lostBelow &&
      rhythm.visits >= settings.atRiskMinVisits
    ) {
      reasons.push(atRiskReason(today, prediction.pAlive, rhythm.visits, rhythm.lastDay));
    }
  }
  if (facts.birthday !== '') reasons.push(birthdayReason(today, facts.birthday, settings.birthdayDaysAhead));
  for (const date of facts.dates) {
    if (!countsAsImportantDate(settings, date.fieldId)) continue;
    reasons.push(
      importantDateReason(
        today,
        { id: date.fieldId, label: date.label },
        date.value,
        settings.birthdayDaysAhead,
      ),
    );
  }
  for (const rule of settings.postPurchaseRules) {
    // The latest trigger in the window speaks for the customer: one follow-up per rule at a time.
    const trigger = facts.triggers
      .filter((t) => t.kind === rule.kind)
      .filter((t) => t.day + rule.days <= today && t.day + rule.days > today - POST_PURCHASE_WINDOW_DAYS)
      .at(-1);
    if (trigger)
      reasons.push(
        postPurchaseReason(today, rule, { id: trigger.interactionId, kind: trigger.kind, day: trigger.day }),
      );
  }
  if (facts.stay) {
    reasons.push(stayInTouchReason(today, facts.stay.plan, facts.stay.lastContactDay, facts.stay.addedDay));
  }
  for (const reminder of facts.oneOffs) {
    if (reminder.dueDay <= today) reasons.push(oneOffReason(today, reminder));
  }
  return reasons.filter((reason): reason is ReasonHit => reason !== null);
}

/** The customer's own plan wins; otherwise the most frequent of its tags' rules. */
export function effectivePlan(plans: readonly StayPlan[]): StayPlan | null {
  const own = plans.find((plan) => plan.source === 'customer');
  if (own) return own;
  return (
    [...plans].sort((p, q) => p.everyDays - q.everyDays || (p.tag ?? '').localeCompare(q.tag ?? ''))[0] ??
    null
  );
}
