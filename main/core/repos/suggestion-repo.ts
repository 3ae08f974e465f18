import { DEFAULT_TEMPLATES } from '../../../shared/domain/suggestion-templates.ts';
import {
  DEFAULT_SUGGESTION_SETTINGS,
  SUGGESTION_KINDS,
  suggestionSettingsSchema,
  type SuggestionChannel,
  type SuggestionKind,
  type SuggestionSettings,
} from '../../../shared/domain/suggestions.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { readSetting, writeSetting } from './settings-repo.ts';

// Suggestions' own storage: settings and templates (settings rows under `suggestions.*`), the
// shop's name, and which suggestion each follow-up answered. The contact-kind reads go through
// interactions_contact_kinds, whose WHERE they repeat word for word (SQLite only uses a partial
// index whose condition the query's own WHERE contains).

export const SETTINGS_KEY = 'suggestions.settings';
export const TEMPLATES_KEY = 'suggestions.templates';
export const SHOP_NAME_KEY = 'shop.name';

export const contactKindsWhere = (alias = '') =>
  `${alias}kind IN ('complaint', 'feedback', 'follow_up', 'call', 'email', 'message') AND ${alias}deleted_at IS NULL`;
const CONTACT_KINDS_WHERE = contactKindsWhere();

export function readSuggestionSettings(db: Db): SuggestionSettings {
  const stored = readSetting(db, SETTINGS_KEY);
  const merged = { ...DEFAULT_SUGGESTION_SETTINGS, ...(typeof stored === 'object' ? stored : {}) };
  // A value written by a newer or older version that no longer fits falls back to the defaults.
  const parsed = suggestionSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SUGGESTION_SETTINGS;
}

export function writeSuggestionSettings(db: Db, settings: SuggestionSettings): void {
  writeSetting(db, SETTINGS_KEY, settings);
}

/** The owner's edited templates only; the others are the defaults. */
export function readTemplateOverrides(db: Db): Partial<Record<SuggestionKind, string>> {
  const stored = readSetting(db, TEMPLATES_KEY);
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Partial<Record<SuggestionKind, string>> = {};
  for (const kind of SUGGESTION_KINDS) {
    const text = (stored as Record<string, unknown>)[kind];
    if (typeof text === 'string' && text !== '') out[kind] = text;
  }
  return out;
}

export function readTemplates(db: Db): Record<SuggestionKind, string> {
  return { ...DEFAULT_TEMPLATES, ...readTemplateOverrides(db) };
}

export function writeTemplateOverrides(db: Db, overrides: Partial<Record<SuggestionKind, string>>): void {
  writeSetting(db, TEMPLATES_KEY, overrides);
}

export function readShopName(db: Db): string {
  const stored = readSetting(db, SHOP_NAME_KEY);
  return typeof stored === 'string' ? stored : '';
}

export interface WindowInteraction {
  id: string;
  occurred_at: number;
  kind: string;
  note: string;
  staff_id: string | null;
  csat: number | null;
  nps: number | null;
  ces: number | null;
}

/** One customer's interactions in [fromMs, endMs), oldest first. */
export function interactionsBetween(db: Db, customerId: string, fromMs: number, endMs: number) {
  return prepared<[string, number, number], WindowInteraction>(
    db,
    `SELECT id, occurred_at, kind, note, staff_id, csat, nps, ces FROM interactions
     WHERE customer_id = ? AND occurred_at >= ? AND occurred_at < ? AND deleted_at IS NULL
     ORDER BY occurred_at, id`,
  ).all(customerId, fromMs, endMs);
}

/**
 * The latest follow-up logged from a suggestion, per kind, before `endMs`. Along the customer's
 * own interactions: the kind-first contact index would walk every follow-up of the shop (9,000 in
 * the benchmark's) for each of the 40,000 customers Today judges.
 */
export function actedByKind(db: Db, customerId: string, endMs: number): Map<SuggestionKind, number> {
  const rows = prepared<[string, number], { kind: SuggestionKind; at: number }>(
    db,
    `SELECT f.kind, max(i.occurred_at) AS at FROM interactions i INDEXED BY interactions_by_customer
     JOIN suggestion_follow_ups f ON f.interaction_id = i.id
     WHERE i.customer_id = ? AND i.occurred_at < ? AND i.kind = 'follow_up' AND i.deleted_at IS NULL
     GROUP BY f.kind`,
  ).all(customerId, endMs);
  return new Map(rows.map((row) => [row.kind, row.at]));
}

/** Customers with a complaint, a feedback or a contact in [fromMs, endMs): the close-the-loop candidates. */
export function complaintCustomerIds(db: Db, fromMs: number, endMs: number): string[] {
  return prepared<[number, number], string>(
    db,
    `SELECT DISTINCT customer_id FROM interactions INDEXED BY interactions_contact_kinds
     WHERE ${CONTACT_KINDS_WHERE} AND kind IN ('complaint', 'feedback') AND occurred_at >= ? AND occurred_at < ?`,
  )
    .pluck()
    .all(fromMs, endMs);
}

/** Customers with any interaction in [fromMs, endMs), along interactions_by_time. */
export function activeCustomerIds(db: Db, fromMs: number, endMs: number): string[] {
  return prepared<[number, number], string>(
    db,
    `SELECT DISTINCT customer_id FROM interactions INDEXED BY interactions_by_time
     WHERE occurred_at >= ? AND occurred_at < ? AND kind IN ('visit', 'purchase') AND deleted_at IS NULL`,
  )
    .pluck()
    .all(fromMs, endMs);
}

/** Customers picked from a list for a follow-up in [fromMs, endMs). */
export function pickedCustomerIds(db: Db, fromMs: number, endMs: number): string[] {
  return prepared<[number, number], string>(
    db,
    'SELECT customer_id FROM suggestion_picks WHERE picked_at >= ? AND picked_at < ?',
  )
    .pluck()
    .all(fromMs, endMs);
}

export function pickOf(db: Db, customerId: string, fromMs: number, endMs: number) {
  return prepared<[string, number, number], { picked_at: number; source: string }>(
    db,
    'SELECT picked_at, source FROM suggestion_picks WHERE customer_id = ? AND picked_at >= ? AND picked_at < ?',
  ).get(customerId, fromMs, endMs);
}

export function tierUpCustomerIds(db: Db, fromMs: number, endMs: number): string[] {
  return prepared<[number, number], string>(
    db,
    `SELECT DISTINCT customer_id FROM loyalty_tier_changes INDEXED BY loyalty_tier_changes_by_time
     WHERE at >= ? AND at < ? AND to_rank > from_rank`,
  )
    .pluck()
    .all(fromMs, endMs);
}

export function latestTierUp(db: Db, customerId: string, fromMs: number, endMs: number) {
  return prepared<[string, number, number], { at: number; to_name: string | null }>(
    db,
    `SELECT at, to_name FROM loyalty_tier_changes
     WHERE customer_id = ? AND at >= ? AND at < ? AND to_rank > from_rank ORDER BY at DESC LIMIT 1`,
  ).get(customerId, fromMs, endMs);
}

export interface InactiveStaff {
  id: string;
  name: string;
  /** When the staff row last changed: the best record of when they left. */
  leftAt: number;
}

export function inactiveStaff(db: Db): Map<string, InactiveStaff> {
  const rows = prepared<[], { id: string; display_name: string; updated_at: number }>(
    db,
    'SELECT id, display_name, updated_at FROM staff WHERE active = 0',
  ).all();
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.display_name, leftAt: row.updated_at }]));
}

export function customersServedBy(db: Db, staffIds: readonly string[]): string[] {
  if (staffIds.length === 0) return [];
  return prepared<[string], string>(
    db,
    `SELECT DISTINCT customer_id FROM interactions INDEXED BY interactions_by_staff
     WHERE staff_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  )
    .pluck()
    .all(JSON.stringify(staffIds));
}

/** The staff of a customer's latest visits and purchases before `endMs` (newest first). */
export function recentVisitStaff(db: Db, customerId: string, endMs: number, limit: number) {
  return prepared<[string, number, number], { staff_id: string | null; occurred_at: number }>(
    db,
    `SELECT staff_id, occurred_at FROM interactions
     WHERE customer_id = ? AND occurred_at < ? AND kind IN ('visit', 'purchase') AND deleted_at IS NULL
     ORDER BY occurred_at DESC LIMIT ?`,
  ).all(customerId, endMs, limit);
}

/** The note most often written on the customer's purchases (and visits): their usual. */
export function usualItem(db: Db, customerId: string, endMs: number): string {
  return (
    prepared<[string, number], string>(
      db,
      `SELECT note FROM interactions
       WHERE customer_id = ? AND occurred_at < ? AND kind IN ('purchase', 'visit') AND deleted_at IS NULL
         AND note <> ''
       GROUP BY lower(note) ORDER BY count(*) DESC, max(occurred_at) DESC LIMIT 1`,
    )
      .pluck()
      .get(customerId, endMs) ?? ''
  );
}

export function lastStaffName(db: Db, customerId: string, endMs: number): string {
  return (
    prepared<[string, number], string>(
      db,
      `SELECT s.display_name FROM interactions i JOIN staff s ON s.id = i.staff_id
       WHERE i.customer_id = ? AND i.occurred_at < ? AND i.deleted_at IS NULL
       ORDER BY i.occurred_at DESC LIMIT 1`,
    )
      .pluck()
      .get(customerId, endMs) ?? ''
  );
}

/** Spend, visit days and the latest interaction before `endMs` (an as-of day's view of the row's facts). */
export function valueBefore(db: Db, customerId: string, endMs: number) {
  return (
    prepared<[string, number], { spend: number; visits: number; last_at: number | null }>(
      db,
      `SELECT coalesce(sum(CASE WHEN kind IN ('visit', 'purchase') THEN amount_minor END), 0) AS spend,
       count(DISTINCT CASE WHEN kind IN ('visit', 'purchase')
         THEN date(occurred_at / 1000, 'unixepoch', 'localtime') END) AS visits,
       max(occurred_at) AS last_at
     FROM interactions WHERE customer_id = ? AND occurred_at < ? AND deleted_at IS NULL`,
    ).get(customerId, endMs) ?? { spend: 0, visits: 0, last_at: null }
  );
}

export function insertFollowUp(
  db: Db,
  row: { interactionId: string; kind: SuggestionKind; channel: SuggestionChannel },
): void {
  prepared(db, 'INSERT INTO suggestion_follow_ups (interaction_id, kind, channel) VALUES (?, ?, ?)').run(
    row.interactionId,
    row.kind,
    row.channel,
  );
}
