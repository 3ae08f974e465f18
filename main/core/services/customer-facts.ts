import type { CustomerFacts } from '../../../shared/domain/customer.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { notFound } from '../errors.ts';

/** How many of the latest visit days the usual interval looks at: recent habits, not old ones. */
export const INTERVAL_WINDOW_DAYS = 10;

interface DbFacts {
  first_visit_at: number | null;
  last_visit_at: number | null;
  visit_count: number;
  total_spend_minor: number;
}

/** The counts refreshVisitStats keeps on the customer's row. */
const FACTS_SQL = `SELECT first_visit_at, last_visit_at, visit_count, total_spend_minor
  FROM customers WHERE id = ? AND deleted_at IS NULL`;

// Visit days newest first, straight off interactions_by_customer (no sort), so reading stops
// after the few rows that hold the latest days instead of computing a day for the whole history.
// A local calendar day becomes a whole day number (its date read as UTC midnight, divided by a
// day), so gaps are whole days whatever the clock time of the visits and whatever daylight saving
// did in between; it is the same local day refreshVisitStats counts visits by.
export const VISIT_DAYS_SQL = `
  SELECT unixepoch(date(occurred_at / 1000, 'unixepoch', 'localtime')) / 86400 AS day
  FROM interactions
  WHERE customer_id = ? AND deleted_at IS NULL AND kind IN ('visit', 'purchase')
  ORDER BY occurred_at DESC`;

/** What the customer page shows at a glance: a primary-key read and a few index entries. */
export function customerFacts(ctx: CoreContext, customerId: string): CustomerFacts {
  const row = prepared<[string], DbFacts>(ctx.db, FACTS_SQL).get(customerId);
  if (!row) throw notFound('customer', customerId);
  const visits = row.visit_count;
  return {
    firstVisitAt: row.first_visit_at,
    lastVisitAt: row.last_visit_at,
    visits,
    totalSpendMinor: row.total_spend_minor,
    averageSpendMinor: visits === 0 ? null : Math.round(row.total_spend_minor / visits),
    usualIntervalDays: visits < 2 ? null : usualIntervalDays(latestVisitDays(ctx, customerId)),
  };
}

function latestVisitDays(ctx: CoreContext, customerId: string): number[] {
  const days: number[] = [];
  // Local days only go forward with time, so newest-first rows arrive grouped by day.
  for (const { day } of prepared<[string], { day: number }>(ctx.db, VISIT_DAYS_SQL).iterate(customerId)) {
    if (days.at(-1) === day) continue;
    if (days.length === INTERVAL_WINDOW_DAYS) break;
    days.push(day);
  }
  return days;
}

/**
 * The median gap, in days, between consecutive distinct visit days: "usually every 21 days".
 * The median, so one holiday month does not distort the rhythm; null with fewer than two days.
 */
export function usualIntervalDays(visitDays: readonly number[]): number | null {
  const days = [...new Set(visitDays)].sort((a, b) => a - b);
  const gaps = days.slice(1).map((day, index) => day - (days[index] ?? day));
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  const upper = gaps[middle] ?? 0;
  return gaps.length % 2 === 1 ? upper : ((gaps[middle - 1] ?? upper) + upper) / 2;
}
