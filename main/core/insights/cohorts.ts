import { addMonths } from '../../../shared/domain/calendar-days.ts';
import type { CohortRow } from '../../../shared/domain/insights-charts.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { dayNumber } from './local-day-sql.ts';
import { NOT_TRASHED_SEQ } from './visit-day-sql.ts';

/** Which month (0 = the first cohort's) a day number falls in: a CASE over the month starts. */
function monthIndexSql(column: string, months: number): string {
  if (months === 1) return '0';
  const whens = Array.from({ length: months - 1 }, (_, i) => months - 1 - i).map(
    (index) => `WHEN ${column} >= @m${index} THEN ${index}`,
  );
  return `CASE ${whens.join(' ')} ELSE 0 END`;
}

function monthStartSql(indexColumn: string, months: number): string {
  const whens = Array.from({ length: months }, (_, index) => `WHEN ${index} THEN @m${index}`);
  return `CASE ${indexColumn} ${whens.join(' ')} END`;
}

const MAX_COHORTS = 24;

interface CellRow {
  cohort: number;
  month: number;
  customers: number;
}

/**
 * Customers by month of first visit (from `firstMonth` to the month of `lastDay`) × months since.
 * A visit row counts once per customer and month when it is the customer's first that month
 * (its previous visit is before the month began), so no distinct counting is needed; the cohort's
 * size is its month-0 cell, since everyone's first visit is a first of the month.
 */
export function cohortTable(db: Db, firstMonth: string, lastDay: string): CohortRow[] {
  const starts: string[] = [];
  for (let start = firstMonth; start <= lastDay && starts.length < MAX_COHORTS; start = addMonths(start, 1)) {
    starts.push(start);
  }
  const params: Record<string, number> = { end: dayNumber(lastDay) };
  starts.forEach((start, index) => (params[`m${index}`] = dayNumber(start)));
  const count = starts.length;
  const sql = `SELECT cohort, month, count(*) AS customers FROM (
      SELECT ${monthIndexSql('f.day', count)} AS cohort, ${monthIndexSql('v.day', count)} AS month, v.prev_day
      FROM visit_days f INDEXED BY visit_days_firsts
      CROSS JOIN visit_days v ON v.customer_seq = f.customer_seq AND v.day BETWEEN f.day AND @end
      WHERE f.prev_day < 0 AND f.day BETWEEN @m0 AND @end AND f.${NOT_TRASHED_SEQ})
    WHERE prev_day < ${monthStartSql('month', count)}
    GROUP BY cohort, month`;
  const cells = prepared<object, CellRow>(db, sql).all(params);
  return starts.map((start, cohort) => {
    const row = cells.filter((cell) => cell.cohort === cohort);
    const size = row.find((cell) => cell.month === cohort)?.customers ?? 0;
    return {
      month: start.slice(0, 7),
      customers: size,
      retained: Array.from({ length: count - cohort }, (_, since) => {
        const customers = row.find((cell) => cell.month === cohort + since)?.customers ?? 0;
        return { monthsSince: since, customers, share: size === 0 ? 0 : customers / size };
      }),
    };
  });
}
