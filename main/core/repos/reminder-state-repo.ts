import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

// What the owner did with reminders: outcomes per reason occurrence, snoozes, contact plans, tag
// rules and one-off reminders. Reads take an `endMs` so a past day sees the state of that day.

/** Reason keys done or dismissed before `endMs`, per customer (of the given customers only). */
export function closedKeys(db: Db, customerIds: readonly string[], endMs: number): Map<string, Set<string>> {
  const rows = prepared<[string, number], { customer_id: string; reason_key: string }>(
    db,
    `SELECT o.customer_id, o.reason_key FROM json_each(?) j
     JOIN reminder_outcomes o ON o.customer_id = j.value WHERE o.recorded_at < ?`,
  ).all(JSON.stringify(customerIds), endMs);
  const byCustomer = new Map<string, Set<string>>();
  for (const row of rows) {
    const keys = byCustomer.get(row.customer_id) ?? new Set<string>();
    keys.add(row.reason_key);
    byCustomer.set(row.customer_id, keys);
  }
  return byCustomer;
}

/**
 * The same for a large set of customers: one pass over the outcomes (a row per reminder ever done
 * or dismissed: thousands) beats tens of thousands of lookups, one per customer with a reason.
 */
export function closedKeysAmong(
  db: Db,
  customers: ReadonlyMap<string, unknown>,
  endMs: number,
): Map<string, Set<string>> {
  const byCustomer = new Map<string, Set<string>>();
  const rows = prepared<[number], [string, string]>(
    db,
    'SELECT customer_id, reason_key FROM reminder_outcomes WHERE recorded_at < ?',
  )
    .raw()
    .all(endMs);
  for (const [customerId, key] of rows) {
    if (!customers.has(customerId)) continue;
    const keys = byCustomer.get(customerId) ?? new Set<string>();
    keys.add(key);
    byCustomer.set(customerId, keys);
  }
  return byCustomer;
}

export function recordOutcome(
  db: Db,
  row: {
    customerId: string;
    key: string;
    outcome: 'done' | 'dismissed';
    at: number;
    staffId: string | null;
    interactionId: string | null;
  },
): void {
  prepared(
    db,
    `INSERT INTO reminder_outcomes (customer_id, reason_key, outcome, recorded_at, staff_id, interaction_id)
     VALUES (@customerId, @key, @outcome, @at, @staffId, @interactionId)
     ON CONFLICT (customer_id, reason_key) DO UPDATE SET outcome = excluded.outcome,
       recorded_at = excluded.recorded_at, staff_id = excluded.staff_id, interaction_id = excluded.interaction_id`,
  ).run(row);
}

/** Customers snoozed on `today` (as known before `endMs`), with the day their row comes back. */
export function activeSnoozes(db: Db, today: number, endMs: number): Map<string, number> {
  const rows = prepared<[number, number], { customer_id: string; until_day: number }>(
    db,
    'SELECT customer_id, until_day FROM reminder_snoozes WHERE until_day > ? AND snoozed_at < ?',
  ).all(today, endMs);
  return new Map(rows.map((row) => [row.customer_id, row.until_day]));
}

export function snoozeOf(db: Db, customerId: string): number | null {
  return (
    prepared<[string], { until_day: number }>(
      db,
      'SELECT until_day FROM reminder_snoozes WHERE customer_id = ?',
    ).get(customerId)?.until_day ?? null
  );
}

export function writeSnooze(
  db: Db,
  customerId: string,
  untilDay: number,
  at: number,
  staffId: string | null,
): void {
  prepared(
    db,
    `INSERT INTO reminder_snoozes (customer_id, until_day, snoozed_at, staff_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (customer_id) DO UPDATE SET until_day = excluded.until_day, snoozed_at = excluded.snoozed_at,
       staff_id = excluded.staff_id`,
  ).run(customerId, untilDay, at, staffId);
}

export interface ContactPlan {
  stayInTouchDays: number | null;
  doNotContact: boolean;
}

export function readContactPlan(db: Db, customerId: string): ContactPlan {
  const row = prepared<[string], { stay_in_touch_days: number | null; do_not_contact: number }>(
    db,
    'SELECT stay_in_touch_days, do_not_contact FROM customer_contact_plans WHERE customer_id = ?',
  ).get(customerId);
  return { stayInTouchDays: row?.stay_in_touch_days ?? null, doNotContact: row?.do_not_contact === 1 };
}

export function writeContactPlan(db: Db, customerId: string, plan: ContactPlan, at: number): void {
  if (plan.stayInTouchDays === null && !plan.doNotContact) {
    prepared(db, 'DELETE FROM customer_contact_plans WHERE customer_id = ?').run(customerId);
    return;
  }
  prepared(
    db,
    `INSERT INTO customer_contact_plans (customer_id, stay_in_touch_days, do_not_contact, updated_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (customer_id) DO UPDATE SET stay_in_touch_days = excluded.stay_in_touch_days,
       do_not_contact = excluded.do_not_contact, updated_at = excluded.updated_at`,
  ).run(customerId, plan.stayInTouchDays, plan.doNotContact ? 1 : 0, at);
}

export interface TagRule {
  tag: string;
  everyDays: number;
}

export function listTagRules(db: Db): TagRule[] {
  return prepared<[], { name: string; every_days: number }>(
    db,
    `SELECT g.name, t.every_days FROM tag_stay_in_touch t JOIN tags g ON g.id = t.tag_id
     ORDER BY g.name COLLATE NOCASE`,
  )
    .all()
    .map((row) => ({ tag: row.name, everyDays: row.every_days }));
}

export function findTagId(db: Db, name: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM tags WHERE name = ?').get(name)?.id;
}

export function writeTagRule(db: Db, tagId: number, everyDays: number | null, at: number): void {
  if (everyDays === null) {
    prepared(db, 'DELETE FROM tag_stay_in_touch WHERE tag_id = ?').run(tagId);
    return;
  }
  prepared(
    db,
    `INSERT INTO tag_stay_in_touch (tag_id, every_days, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (tag_id) DO UPDATE SET every_days = excluded.every_days, updated_at = excluded.updated_at`,
  ).run(tagId, everyDays, at);
}

export interface DbOneOff {
  id: string;
  customer_id: string;
  due_day: number;
  note: string;
  created_at: number;
  created_by: string | null;
  closed_at: number | null;
  outcome: 'done' | 'dismissed' | 'cancelled' | null;
}

export function insertOneOff(db: Db, row: Omit<DbOneOff, 'closed_at' | 'outcome'>): void {
  prepared(
    db,
    `INSERT INTO one_off_reminders (id, customer_id, due_day, note, created_at, created_by)
     VALUES (@id, @customer_id, @due_day, @note, @created_at, @created_by)`,
  ).run(row);
}

export function findOneOff(db: Db, id: string): DbOneOff | undefined {
  return prepared<[string], DbOneOff>(db, 'SELECT * FROM one_off_reminders WHERE id = ?').get(id);
}

export function closeOneOff(
  db: Db,
  id: string,
  outcome: 'done' | 'dismissed' | 'cancelled',
  at: number,
): void {
  prepared(
    db,
    'UPDATE one_off_reminders SET closed_at = ?, outcome = ? WHERE id = ? AND closed_at IS NULL',
  ).run(at, outcome, id);
}

/** A customer's open one-off reminders, soonest first. */
export function openOneOffsOf(db: Db, customerId: string): DbOneOff[] {
  return prepared<[string], DbOneOff>(
    db,
    `SELECT * FROM one_off_reminders WHERE customer_id = ? AND closed_at IS NULL ORDER BY due_day, created_at`,
  ).all(customerId);
}

/** Contact status of the given customers: do-not-contact flag and channels with consent in force. */
export function contactFacts(
  db: Db,
  customerIds: readonly string[],
): Map<string, { doNotContact: boolean; channels: string[] }> {
  const rows = prepared<[string], { id: string; dnc: number | null; channels: string | null }>(
    db,
    `SELECT j.value AS id, p.do_not_contact AS dnc,
       (SELECT group_concat(channel, ',') FROM (
          SELECT channel, granted, max(recorded_at) FROM customer_consents
          WHERE customer_id = j.value GROUP BY channel) WHERE granted = 1) AS channels
     FROM json_each(?) j LEFT JOIN customer_contact_plans p ON p.customer_id = j.value`,
  ).all(JSON.stringify(customerIds));
  return new Map(
    rows.map((row) => [
      row.id,
      { doNotContact: row.dnc === 1, channels: row.channels ? row.channels.split(',').sort() : [] },
    ]),
  );
}
