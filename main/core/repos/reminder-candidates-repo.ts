import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { daysAfter, type RhythmThresholds } from '../reminders/rhythm.ts';

// The indexed lookups behind Today: each finds the customers a kind of reason may apply to from
// an index alone, without reading every customer. The trash is left out afterwards (trashedIds):
// a join per candidate would read tens of thousands of customer rows in a big shop.

/** Customers in the trash: few, found through customers_in_trash. */
export function trashedIds(db: Db): Set<string> {
  return new Set(
    prepared<[], string>(db, 'SELECT id FROM customers WHERE deleted_at IS NOT NULL').pluck().all(),
  );
}

export interface RhythmCandidate {
  customerId: string;
  lastDay: number;
  intervalDays: number;
  source: 'own' | 'shop';
  visits: number;
}

/** Own rhythm: due_day ≤ today < stop_day. One visit: the shop's typical interval, same rule. */
export function rhythmCandidates(
  db: Db,
  today: number,
  thresholds: RhythmThresholds,
  typical: number | null,
): RhythmCandidate[] {
  const own = prepared<
    { today: number },
    { customer_id: string; last_day: number; interval_days: number; visit_days: number }
  >(
    db,
    `SELECT customer_id, last_day, interval_days, visit_days FROM customer_rhythm INDEXED BY customer_rhythm_window
     WHERE stop_day > @today AND due_day <= @today`,
  )
    .all({ today })
    .map((row): RhythmCandidate => ({
      customerId: row.customer_id,
      lastDay: row.last_day,
      intervalDays: row.interval_days,
      source: 'own',
      visits: row.visit_days,
    }));
  if (typical === null) return own;
  const once = prepared<{ latest: number; earliest: number }, { customer_id: string; last_day: number }>(
    db,
    `SELECT customer_id, last_day FROM customer_rhythm INDEXED BY customer_rhythm_one_visit
     WHERE visit_days = 1 AND last_day <= @latest AND last_day > @earliest`,
  ).all({
    latest: today - daysAfter(typical, 1),
    earliest: today - daysAfter(typical, thresholds.stopAfterFactor),
  });
  return own.concat(
    once.map((row) => ({
      customerId: row.customer_id,
      lastDay: row.last_day,
      intervalDays: typical,
      source: 'shop' as const,
      visits: 1,
    })),
  );
}

export interface AtRiskCandidate {
  customerId: string;
  pAlive: number;
  visits: number;
  lastDay: number;
  intervalDays: number | null;
}

export function atRiskCandidates(
  db: Db,
  limits: { below: number; lost: number; minVisits: number },
): AtRiskCandidate[] {
  return prepared<
    typeof limits,
    {
      customer_id: string;
      p_alive: number;
      visit_days: number;
      last_day: number;
      interval_days: number | null;
    }
  >(
    db,
    `SELECT p.customer_id, p.p_alive, r.visit_days, r.last_day, r.interval_days
     FROM customer_predictions p JOIN customer_rhythm r ON r.customer_id = p.customer_id
     WHERE p.p_alive < @below AND p.p_alive >= @lost AND r.visit_days >= @minVisits`,
  )
    .all(limits)
    .map((row) => ({
      customerId: row.customer_id,
      pAlive: row.p_alive,
      visits: row.visit_days,
      lastDay: row.last_day,
      intervalDays: row.interval_days,
    }));
}

/** Last contact day of each given customer (those with no interaction at all are missing). */
export function lastContactDays(db: Db, ids: readonly string[]): Map<string, number> {
  const rows = prepared<[string], { customer_id: string; last_contact_day: number }>(
    db,
    `SELECT r.customer_id, r.last_contact_day FROM json_each(?) j
     JOIN customer_rhythm r ON r.customer_id = j.value`,
  ).all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.customer_id, row.last_contact_day]));
}

export function birthdayCandidates(
  db: Db,
  monthDays: readonly string[],
): { customerId: string; birthday: string }[] {
  return prepared<[string], { id: string; birthday: string }>(
    db,
    `SELECT id, birthday FROM customers INDEXED BY customers_by_birthday
     WHERE birthday <> '' AND deleted_at IS NULL AND substr(birthday, -5) IN (SELECT value FROM json_each(?))`,
  )
    .all(JSON.stringify(monthDays))
    .map((row) => ({ customerId: row.id, birthday: row.birthday }));
}

export interface DateCandidate {
  customerId: string;
  fieldId: string;
  label: string;
  value: string;
}

/** Values of date custom fields (not archived) whose month and day fall in the window. */
export function importantDateCandidates(db: Db, monthDays: readonly string[]): DateCandidate[] {
  return prepared<[string], { customer_id: string; field_id: string; name: string; value: string }>(
    db,
    `SELECT v.customer_id, v.field_id, f.name, v.value
     FROM custom_fields f JOIN customer_field_values v INDEXED BY customer_field_values_by_month_day
       ON v.field_id = f.id AND substr(v.value, 7, 5) IN (SELECT value FROM json_each(?))
     WHERE f.type = 'date' AND f.archived_at IS NULL`,
  )
    .all(JSON.stringify(monthDays))
    .map((row) => ({
      customerId: row.customer_id,
      fieldId: row.field_id,
      label: row.name,
      value: JSON.parse(row.value) as string,
    }));
}

export interface TriggerCandidate {
  customerId: string;
  interactionId: string;
  occurredAt: number;
  kind: InteractionKind;
}

/** Interactions of a kind in [fromMs, toMs), along interactions_by_time. */
export function triggerCandidates(
  db: Db,
  kind: InteractionKind,
  fromMs: number,
  toMs: number,
): TriggerCandidate[] {
  return prepared<
    { kind: string; from: number; to: number },
    { customer_id: string; id: string; occurred_at: number }
  >(
    db,
    `SELECT customer_id, id, occurred_at FROM interactions INDEXED BY interactions_by_time
     WHERE occurred_at >= @from AND occurred_at < @to AND kind = @kind AND deleted_at IS NULL
     ORDER BY occurred_at`,
  )
    .all({ kind, from: fromMs, to: toMs })
    .map((row) => ({
      customerId: row.customer_id,
      interactionId: row.id,
      occurredAt: row.occurred_at,
      kind,
    }));
}

export interface StayRuleCandidate {
  customerId: string;
  everyDays: number;
  source: 'customer' | 'tag';
  tag: string | null;
}

/** Every customer with a "stay in touch" plan of their own or through a tag. */
export function stayInTouchCandidates(db: Db): StayRuleCandidate[] {
  return prepared<[], { customer_id: string; every: number; source: 'customer' | 'tag'; tag: string | null }>(
    db,
    `SELECT customer_id, stay_in_touch_days AS every, 'customer' AS source, NULL AS tag
     FROM customer_contact_plans WHERE stay_in_touch_days IS NOT NULL
     UNION ALL
     SELECT ct.customer_id, t.every_days, 'tag', g.name
     FROM tag_stay_in_touch t CROSS JOIN tags g ON g.id = t.tag_id CROSS JOIN customer_tags ct ON ct.tag_id = t.tag_id`,
  )
    .all()
    .map((row) => ({ customerId: row.customer_id, everyDays: row.every, source: row.source, tag: row.tag }));
}

/** When each given customer was added: "stay in touch" counts from then until a first contact. */
export function addedAt(db: Db, ids: readonly string[]): Map<string, number> {
  const rows = prepared<[string], { id: string; created_at: number }>(
    db,
    'SELECT c.id, c.created_at FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value',
  ).all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.id, row.created_at]));
}

export interface OneOffCandidate {
  id: string;
  customerId: string;
  dueDay: number;
  note: string;
}

/** One-off reminders due by `today` that were set before `endMs` and still open then. */
export function oneOffCandidates(db: Db, today: number, endMs: number): OneOffCandidate[] {
  return prepared<
    { today: number; end: number },
    { id: string; customer_id: string; due_day: number; note: string }
  >(
    db,
    `SELECT id, customer_id, due_day, note FROM one_off_reminders
     WHERE due_day <= @today AND created_at < @end AND (closed_at IS NULL OR closed_at >= @end)`,
  )
    .all({ today, end: endMs })
    .map((row) => ({ id: row.id, customerId: row.customer_id, dueDay: row.due_day, note: row.note }));
}
