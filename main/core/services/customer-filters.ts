import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { customerFilterSchema } from '../../../shared/domain/customer-query.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

export type Params = Record<string, string | number>;
type Filter = ReturnType<typeof customerFilterSchema.parse>;

/**
 * The customers list's filters as SQL, with every value a named parameter: no value ever becomes
 * SQL text. Kinds that are counted differently:
 * - `sets`: queries of the customer ids that have a tag, a consent in force, a field value. They
 *   read small indexes only, and each id appears once in each.
 * - `excluded`: the same for customers to leave out (those with any value in a field).
 * - `conditions`: tests on the customers row itself (c), like a spend range.
 */
export interface FilterSql {
  sets: string[];
  excluded: string[];
  conditions: string[];
  params: Params;
}

export type FilterShape = Omit<FilterSql, 'params'>;

export function isUnfiltered(filters: FilterShape): boolean {
  return filters.sets.length + filters.excluded.length + filters.conditions.length === 0;
}

/** How a filter value is stored in customer_field_values (JSON), so equality is a plain comparison. */
function storedForm(value: CustomFieldValue): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : value;
  return trimmed === null || trimmed === '' ? null : JSON.stringify(trimmed);
}

/** The filters as SQL; null when one cannot match anyone (a tag nobody has). */
export function filterSql(db: Db, filter: Filter): FilterSql | null {
  const sets: string[] = [];
  const excluded: string[] = [];
  const conditions: string[] = [];
  const params: Params = {};
  for (const [index, name] of [...new Set(filter.tags.map((tag) => tag.trim()))].entries()) {
    // Tag names match whatever their case (the column is NOCASE).
    const tag = prepared<[string], { id: number }>(db, 'SELECT id FROM tags WHERE name = ?').get(name);
    if (!tag) return null;
    params[`tag${index}`] = tag.id;
    sets.push(`SELECT customer_id FROM customer_tags WHERE tag_id = @tag${index}`);
  }
  if (filter.lastVisitFrom !== undefined) {
    params.lastVisitFrom = filter.lastVisitFrom;
    conditions.push('c.last_visit_at >= @lastVisitFrom');
  }
  if (filter.lastVisitTo !== undefined) {
    params.lastVisitTo = filter.lastVisitTo;
    conditions.push('c.last_visit_at <= @lastVisitTo');
  }
  if (filter.spendMinMinor !== undefined) {
    params.spendMin = filter.spendMinMinor;
    conditions.push('c.total_spend_minor >= @spendMin');
  }
  if (filter.spendMaxMinor !== undefined) {
    params.spendMax = filter.spendMaxMinor;
    conditions.push('c.total_spend_minor <= @spendMax');
  }
  if (filter.consent !== undefined) {
    params.consent = filter.consent;
    // The consent in force is the latest answer recorded for the channel: with max(), SQLite
    // takes `granted` from the row holding the latest recorded_at. One pass over the consents
    // in key order, no lookup per customer.
    sets.push(`SELECT customer_id FROM (
      SELECT customer_id, granted, max(recorded_at) FROM customer_consents
      WHERE channel = @consent GROUP BY customer_id) WHERE granted = 1`);
  }
  for (const [index, { fieldId, value }] of filter.customFields.entries()) {
    params[`field${index}`] = fieldId;
    const stored = storedForm(value);
    if (stored === null) {
      excluded.push(`SELECT customer_id FROM customer_field_values WHERE field_id = @field${index}`);
    } else {
      params[`value${index}`] = stored;
      sets.push(`SELECT customer_id FROM customer_field_values
        WHERE field_id = @field${index} AND value = @value${index}`);
    }
  }
  return { sets, excluded, conditions, params };
}

/**
 * The ids in every set and in no excluded one, as one compound query: SQLite merges the sets
 * before it looks at a single customer. (Compound operators apply left to right.)
 */
function idsSql(filters: FilterShape): string {
  return [filters.sets.join(' INTERSECT '), ...filters.excluded].join(' EXCEPT ');
}

/** The WHERE clause of live customers passing every filter. */
export function whereOf(filters: FilterShape): string {
  const ids =
    filters.sets.length > 0
      ? [`c.id IN (${idsSql(filters)})`]
      : filters.excluded.length > 0
        ? [`c.id NOT IN (${filters.excluded.join(' UNION ')})`]
        : [];
  return ['c.deleted_at IS NULL', ...filters.conditions, ...ids].join(' AND ');
}

/** Those of `ids` (a query of distinct customer ids) that are live: trashed ones are few. */
function countLiveAmong(ids: string): string {
  return `(SELECT count(*) FROM (${ids}))
    - (SELECT count(*) FROM customers c INDEXED BY customers_in_trash
       WHERE c.deleted_at IS NOT NULL AND c.id IN (${ids}))`;
}

/**
 * Counts the matches. Without conditions on the row, the sets are counted from their small
 * indexes alone, less the trashed customers among them (a short scan of the trash's index): no
 * lookup of 20k customers rows to read deleted_at. With only exclusions, `fromLive` says the
 * count is of those left out, to subtract from all live customers. Otherwise the rows are counted.
 */
export function countSql(filters: FilterShape): { sql: string; fromLive: boolean } {
  if (filters.conditions.length > 0 || isUnfiltered(filters)) {
    return { sql: `SELECT count(*) AS n FROM customers c WHERE ${whereOf(filters)}`, fromLive: false };
  }
  if (filters.sets.length > 0)
    return { sql: `SELECT ${countLiveAmong(idsSql(filters))} AS n`, fromLive: false };
  return { sql: `SELECT ${countLiveAmong(filters.excluded.join(' UNION '))} AS n`, fromLive: true };
}
