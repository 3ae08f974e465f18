import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/*
 * Visit figures as counts of visit_days rows (migration 90). Each row is one customer's visit
 * day with the customer's previous visit day (prev_day, -1 for none), so "distinct customers"
 * need no grouping:
 *   - a customer visited during [a, b] once per row there whose prev_day < a (their first in it);
 *   - that row is their first visit ever when prev_day < 0.
 * The few questions about later visits ("did this new customer come back by b?") are a lookup
 * by key for those rows only.
 * Counts read index ranges of visit_days_by_day (or visit_days_firsts) over every row, then take
 * away the same count over the customers in the trash: a short list, looked up by key. That is
 * cheaper than testing every one of a million rows against the trash.
 */

const TRASHED_SEQS = 'SELECT seq FROM customers INDEXED BY customers_in_trash WHERE deleted_at IS NOT NULL';
export const NOT_TRASHED_SEQ = `customer_seq NOT IN (${TRASHED_SEQS})`;

type Row = Record<string, number>;
export type DayParams = Record<string, number>;

/**
 * Runs `SELECT columns FROM visit_days v WHERE rows` (columns being counts and sums) over the
 * customers outside the trash: over all rows through `index`, less the trashed customers' rows.
 */
export function liveTotals(db: Db, columns: string, rows: string, index: string, params: DayParams): Row {
  const all = prepared<DayParams, Row>(
    db,
    `SELECT ${columns} FROM visit_days v INDEXED BY ${index} WHERE ${rows}`,
  ).get(params);
  const trashed = prepared<DayParams, Row>(
    db,
    `SELECT ${columns} FROM visit_days v WHERE v.customer_seq IN (${TRASHED_SEQS}) AND ${rows}`,
  ).get(params);
  const totals: Row = {};
  for (const [name, value] of Object.entries(all ?? {})) totals[name] = value - (trashed?.[name] ?? 0);
  return totals;
}

const BY_DAY = 'visit_days_by_day';

/** A first visit ever (in [@a, @b]) with no other visit day up to @b: a one-off customer. */
const ONE_OFF_ROWS = `v.prev_day < 0 AND NOT EXISTS (
  SELECT 1 FROM visit_days w WHERE w.customer_seq = v.customer_seq AND w.day > v.day AND w.day <= @b)`;

/** One period [@a, @b]: visits and revenue (rows), visitors, new customers (first visit ever in it). */
export function periodTotals(db: Db, a: number, b: number): Row {
  return liveTotals(
    db,
    `count(*) AS visits, coalesce(sum(v.spend_minor), 0) AS revenue,
     count(*) FILTER (WHERE v.prev_day < @a) AS visitors,
     count(*) FILTER (WHERE v.prev_day < 0) AS new`,
    'v.day BETWEEN @a AND @b',
    BY_DAY,
    { a, b },
  );
}

/** One-off customers of [@a, @b] and their spend: first visits there, looked up one by one. */
export function oneOffTotals(db: Db, a: number, b: number): Row {
  return liveTotals(
    db,
    'count(*) AS one_off, coalesce(sum(v.spend_minor), 0) AS one_off_revenue',
    `v.day BETWEEN @a AND @b AND ${ONE_OFF_ROWS}`,
    'visit_days_firsts',
    { a, b },
  );
}

// The rows of each set, over visit_days v; the sets below and the counts agree by construction.
const ACTIVE_ROWS = 'v.day BETWEEN @b - @n + 1 AND @b AND v.prev_day <= @b - @n';
const KNOWN_ROWS = 'v.prev_day < 0 AND v.day <= @b';
/**
 * Customers active both when [@a, @b] began (a visit in the @n days before @a) and at its end (a
 * visit in the @n days up to @b), counted on their first row in the end window. Their earlier
 * visits show in prev_day, except when they also came in between (a period longer than the
 * window): only those few are looked up.
 */
const ACTIVE_THROUGHOUT_ROWS = `v.day BETWEEN @b - @n + 1 AND @b AND v.prev_day <= @b - @n
  AND (v.day <= @a - 1 OR v.prev_day BETWEEN @a - @n AND @a - 1 OR (v.prev_day >= @a AND EXISTS (
    SELECT 1 FROM visit_days w WHERE w.customer_seq = v.customer_seq AND w.day BETWEEN @a - @n AND @a - 1)))`;

/** Customers active on day @b: a visit in the @n days up to it. */
export function activeOn(db: Db, b: number, n: number): number {
  return liveTotals(db, 'count(*) AS n', ACTIVE_ROWS, BY_DAY, { b, n }).n ?? 0;
}

/** Customers with a visit on or before day @b. */
export function knownBy(db: Db, b: number): number {
  return liveTotals(db, 'count(*) AS n', KNOWN_ROWS, 'visit_days_firsts', { b }).n ?? 0;
}

/** Active when [@a, @b] began, no longer at its end (`activeAtStart`: activeOn(a - 1), known already). */
export function churnedDuring(
  db: Db,
  a: number,
  b: number,
  n: number,
  activeAtStart = activeOn(db, a - 1, n),
): number {
  const throughout = liveTotals(db, 'count(*) AS n', ACTIVE_THROUGHOUT_ROWS, BY_DAY, { a, b, n }).n ?? 0;
  return activeAtStart - throughout;
}

const setOf = (rows: string, index = BY_DAY) =>
  `SELECT v.customer_seq FROM visit_days v INDEXED BY ${index} WHERE ${rows} AND v.${NOT_TRASHED_SEQ}`;

/** The customers (seq) behind each visit figure of the period [@a, @b], window @n days. */
export const VISIT_FIGURE_SETS = {
  visitors: setOf('v.day BETWEEN @a AND @b AND v.prev_day < @a'),
  new: setOf('v.day BETWEEN @a AND @b AND v.prev_day < 0'),
  returning: setOf('v.day BETWEEN @a AND @b AND v.prev_day BETWEEN 0 AND @a - 1'),
  oneOff: setOf(`v.day BETWEEN @a AND @b AND ${ONE_OFF_ROWS}`),
  repeat: setOf(`v.day BETWEEN @a AND @b AND v.prev_day < @a AND NOT (${ONE_OFF_ROWS})`),
  active: setOf(ACTIVE_ROWS),
  lapsed: `${setOf(KNOWN_ROWS, 'visit_days_firsts')} EXCEPT ${setOf(ACTIVE_ROWS)}`,
  // Active on the day before the period, and not on its last day.
  churned: `${setOf('v.day BETWEEN @a - @n AND @a - 1 AND v.prev_day < @a - @n')} EXCEPT ${setOf(ACTIVE_ROWS)}`,
} as const;
export type VisitFigureSet = keyof typeof VISIT_FIGURE_SETS;
