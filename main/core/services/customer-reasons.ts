import { localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import type { ReminderReason } from '../../../shared/domain/reminders.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import {
  emptyFacts,
  effectivePlan,
  POST_PURCHASE_WINDOW_DAYS,
  reasonsFromFacts,
} from '../reminders/reminder-facts.ts';
import { orderHits } from '../reminders/ranking.ts';
import type { ReasonHit, StayPlan } from '../reminders/reasons.ts';
import { fieldValuesOf, listFieldRows } from '../repos/custom-fields-repo.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { tagsOf } from '../repos/customers-repo.ts';
import { readPrediction } from '../repos/prediction-repo.ts';
import { closedKeys, listTagRules, openOneOffsOf, readContactPlan } from '../repos/reminder-state-repo.ts';
import type { RhythmRow } from '../repos/rhythm-repo.ts';

// One customer's open reasons on a day, asked directly (primary-key reads and one short index
// range): what the customer page shows and what "done" and "dismiss" act on. The same judge as
// Today (reasonsFromFacts), so a customer's row there and its page here always agree.

export interface CustomerReasonInput {
  customer: DbCustomer;
  rhythm: RhythmRow | undefined;
  today: number;
  settings: ReminderSettings;
  typical: number | null;
  fitted: boolean;
}

function triggersOf(db: Db, customerId: string, today: number, settings: ReminderSettings) {
  const rules = settings.postPurchaseRules;
  if (rules.length === 0) return [];
  const from = startOfLocalDay(today - Math.max(...rules.map((r) => r.days)) - POST_PURCHASE_WINDOW_DAYS + 1);
  const to = startOfLocalDay(today + 1);
  const kinds = new Set<string>(rules.map((rule) => rule.kind));
  return prepared<[string, number, number], { id: string; occurred_at: number; kind: InteractionKind }>(
    db,
    `SELECT id, occurred_at, kind FROM interactions
     WHERE customer_id = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at`,
  )
    .all(customerId, from, to)
    .filter((row) => kinds.has(row.kind))
    .map((row) => ({ interactionId: row.id, kind: row.kind, day: localDayOf(row.occurred_at) }));
}

function stayPlanOf(db: Db, customerId: string): StayPlan | null {
  const plans: StayPlan[] = [];
  const own = readContactPlan(db, customerId).stayInTouchDays;
  if (own !== null) plans.push({ everyDays: own, source: 'customer', tag: null });
  const tags = new Set(tagsOf(db, customerId).map((tag) => tag.toLowerCase()));
  for (const rule of listTagRules(db)) {
    if (tags.has(rule.tag.toLowerCase()))
      plans.push({ everyDays: rule.everyDays, source: 'tag', tag: rule.tag });
  }
  return effectivePlan(plans);
}

/** Every reason that applies today, done and dismissed ones included (see openReasons). */
export function customerReasons(db: Db, input: CustomerReasonInput): ReasonHit[] {
  const { customer, rhythm, today, settings } = input;
  const facts = emptyFacts();
  const visits = rhythm?.rhythm.visitDays ?? 0;
  const lastDay = rhythm?.rhythm.lastDay ?? null;
  const own = rhythm?.rhythm.intervalDays ?? null;
  const interval = own ?? (visits === 1 ? input.typical : null);
  if (lastDay !== null && interval !== null) {
    facts.rhythm = { lastDay, intervalDays: interval, source: own === null ? 'shop' : 'own', visits };
  }
  const prediction = input.fitted ? readPrediction(db, customer.id) : undefined;
  if (prediction) facts.prediction = { pAlive: prediction.pAlive };
  facts.birthday = customer.birthday;
  const values = fieldValuesOf(db, customer.id);
  for (const field of listFieldRows(db, false)) {
    const value = values[field.id];
    if (field.type === 'date' && typeof value === 'string')
      facts.dates.push({ fieldId: field.id, label: field.name, value });
  }
  facts.triggers = triggersOf(db, customer.id, today, settings);
  const plan = stayPlanOf(db, customer.id);
  if (plan) {
    facts.stay = {
      plan,
      lastContactDay: rhythm?.lastContactDay ?? null,
      addedDay: localDayOf(customer.created_at),
    };
  }
  facts.oneOffs = openOneOffsOf(db, customer.id).map((row) => ({
    id: row.id,
    dueDay: row.due_day,
    note: row.note,
  }));
  return reasonsFromFacts(today, facts, settings);
}

/** The reasons still open: not done or dismissed (snoozing hides the row, it closes nothing). */
export function openReasons(db: Db, input: CustomerReasonInput): ReminderReason[] {
  const closed = closedKeys(db, [input.customer.id], startOfLocalDay(input.today + 1)).get(input.customer.id);
  return orderHits(customerReasons(db, input).filter((hit) => !closed?.has(hit.key))).map((hit) =>
    hit.build(),
  );
}
