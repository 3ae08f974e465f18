import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/*
 * Visit figures as counts of visit_days rows (migrations 90 and 97). Each row is one customer's
 * visit day with the customer's previous and next visit days (prev_day -1: none; next_day
 * NO_NEXT_DAY: none), so "distinct customers" need no grouping:
 *   - a customer visited during [a, b] once per row there whose prev_day < a (their first in it);
 *   - that row is their first visit ever when prev_day < 0, and their only one by b when also
 *     next_day > b.
 * Counts read index ranges of visit_days_by_day (or visit_days_firsts) over every row, then take
 * away the same count over the customers in the trash: a short list, looked up by key. That is
 * cheaper than testing every one of a million rows against the trash.
 */

const TRASHED_SEQS = 'SELECT seq FROM customers INDEXED BY customers_in_trash WHERE deleted_at IS NOT NULL';
export const NOT_TRASHED_SEQ = `customer_seq NOT IN (${TRASHED_SEQS})`;

type Row = Record<string, number>;
export type DayParams = Record<string, number>;

/** Which rows of visit_days v to total, and how to reach them. */
interface RowsOf {
  where: string;
  index: string;
  /**
   * The first and last day of `where`'s day range (SQL), when `where` also bounds prev_day from
   * above: the index (day, prev_day, …) is then read one day at a time, each day only up to that
   * bound. A year's visitors are a tenth of its rows; a plain range reads them all.
   */
  dayByDay?: readonly [first: string, last: string];
}

function allRowsSql(columns: string, { where, index, dayByDay }: RowsOf): string {
  if (!dayByDay) return `SELECT ${columns} FROM visit_days v INDEXED BY ${index} WHERE ${where}`;
  const [first, last] = dayByDay;
  return `WITH RECURSIVE days (day) AS (SELECT ${first} UNION ALL SELECT day + 1 FROM days WHERE day < ${last})
    SELECT ${columns} FROM days CROSS JOIN visit_days v INDEXED BY ${index} WHERE v.day = days.day AND ${where}`;
}

/**
 * Runs `SELECT columns FROM visit_days v WHERE rows` (columns being counts and sums) over the
 * customers outside the trash: over all rows through the index, less the trashed customers' rows.
 */
export function liveTotals(db: Db, columns: string, rows: RowsOf, params: DayParams): Row {
  const all = prepared<DayParams, Row>(db, allRowsSql(columns, rows)).get(params);
  const trashed = prepared<DayParams, Row>(
    db,
    `SELECT ${columns} FROM visit_days v WHERE v.customer_seq IN (${TRASHED_SEQS}) AND ${rows.where}`,
  ).get(params);
  const totals: Row = {};
  for (const [name, value] of Object.entries(all ?? {})) totals[name] = value - (trashed?.[name] ?? 0);
  return totals;
}

const BY_DAY = 'visit_days_by_day';
const FIRSTS = 'visit_days_firsts';

/** A first visit ever (in [@a, @b]) with no other visit day up to @b: a one-off customer. */
const ONE_OFF_ROWS = 'v.prev_day < 0 AND v.next_day > @b';

/** One period [@a, @b]: visits and revenue (rows), visitors, new customers (first visit ever in it). */
export function periodTotals(db: Db, a: number, b: number): Row {
  const inPeriod = 'v.day BETWEEN @a AND @b';
  return {
    ...liveTotals(
      db,
      'count(*) AS visits, coalesce(sum(v.spend_minor), 0) AS revenue',
      { where: inPeriod, index: BY_DAY },
      { a, b },
    ),
    ...liveTotals(
      db,
      'count(*) AS visitors, count(*) FILTER (WHERE v.prev_day < 0) AS new',
      { where: `${inPeriod} AND v.prev_day < @a`, index: BY_DAY, dayByDay: ['@a', '@b'] },
      { a, b },
    ),
  };
}

/** One-off customers of [@a, @b] and their spend. */
export function oneOffTotals(db: Db, a: number, b: number): Row {
  return liveTotals(
    db,
    'count(*) AS one_off, coalesce(sum(v.spend_minor), 0) AS one_off_revenue',
    { where: `v.day BETWEEN @a AND @b AND ${ONE_OFF_ROWS}`, index: FIRSTS },
    { a, b },
  );
}

// The rows of each set, over visit_days v; the sets below and the counts agree by construction.
const ACTIVE_ROWS = 'v.day BETWEEN @b - @n + 1 AND @b AND v.prev_day <= @b - @n';
const KNOWN_ROWS = 'v.prev_day < 0 AND v.day <= @b';
/**
 * Customers active when [@a, @b] began (a visit in the @n days before @a) and no longer at its
 * end (no visit in the @n days up to @b), counted on their last visit before @a. That visit is
 * too early to count at the end, and so is their next one unless it falls in the end window or
 * later; when it falls in between (a period longer than the window), only those few are looked up.
 * One upper bound for the day, min(...): given two, SQLite picks one for the index range.
 */
const CHURNED_ROWS = `v.day BETWEEN @a - @n AND min(@a - 1, @b - @n) AND v.next_day >= @a
  AND (v.next_day > @b OR (v.next_day <= @b - @n AND NOT EXISTS (
    SELECT 1 FROM visit_days w WHERE w.customer_seq = v.customer_seq AND w.day BETWEEN @b - @n + 1 AND @b)))`;

/** Customers active on day @b: a visit in the @n days up to it. */
export function activeOn(db: Db, b: number, n: number): number {
  const rows = { where: ACTIVE_ROWS, index: BY_DAY, dayByDay: ['@b - @n + 1', '@b'] } as const;
  return liveTotals(db, 'count(*) AS n', rows, { b, n }).n ?? 0;
}

/** Customers with a visit on or before day @b. */
export function knownBy(db: Db, b: number): number {
  return liveTotals(db, 'count(*) AS n', { where: KNOWN_ROWS, index: FIRSTS }, { b }).n ?? 0;
}

/** Customers active when [@a, @b] began and no longer at its end. */
export function churnedDuring(db: Db, a: number, b: number, n: number): number {
  return liveTotals(db, 'count(*) AS n', { where: CHURNED_ROWS, index: BY_DAY }, { a, b, n }).n ?? 0;
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
  lapsed: `${setOf(KNOWN_ROWS, FIRSTS)} EXCEPT ${setOf(ACTIVE_ROWS)}`,
  churned: setOf(CHURNED_ROWS),
} as const;
export type VisitFigureSet = keyof typeof VISIT_FIGURE_SETS;
