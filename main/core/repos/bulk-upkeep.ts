import { DAY, NO_PREVIOUS_DAY } from '../db/migrations/0090-insights.ts';
import { NO_NEXT_DAY } from '../db/migrations/0097-next-visit-day.ts';
import type { Db } from '../db/open.ts';

// What the per-row triggers keep up (search text, visit days), done in one statement for many
// rows at once: a bulk import sets the triggers aside (set-aside-triggers.ts) and calls these.
// At 100k customers and 1M interactions the triggers cost most of an import's time.

/** The search text of every customer inserted after `afterSeq` that has none yet. */
export function indexNewCustomers(db: Db, afterSeq: number): void {
  db.prepare(
    `INSERT INTO customers_search (rowid, name, email, phone_digits, code, notes)
     SELECT seq, sort_name, email, phone_digits, coalesce(code, ''), notes FROM customers
     WHERE seq > ? AND seq NOT IN (SELECT rowid FROM customers_search WHERE rowid > ?)`,
  ).run(afterSeq, afterSeq);
}

export function lastCustomerSeq(db: Db): number {
  return db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM customers').pluck().get() ?? 0;
}

/**
 * Every visit day of these customers (null: of everyone) worked out again from their
 * interactions, each with the previous and next ones: what the visit_days triggers keep row by row.
 */
export function rebuildVisitDays(db: Db, customerIds: readonly string[] | null): void {
  const ids = JSON.stringify(customerIds ?? []);
  const whose = customerIds === null ? '1' : 'c.id IN (SELECT value FROM json_each(@ids))';
  db.prepare(
    `DELETE FROM visit_days WHERE customer_seq IN (SELECT c.seq FROM customers c WHERE ${whose})`,
  ).run({ ids });
  db.prepare(
    `INSERT INTO visit_days (customer_seq, day, prev_day, next_day, entries, spend_minor)
     SELECT seq, day, coalesce(lag(day) OVER customer_days, ${NO_PREVIOUS_DAY}),
       coalesce(lead(day) OVER customer_days, ${NO_NEXT_DAY}), entries, spend
     FROM (
       SELECT c.seq, ${DAY('i.occurred_at')} AS day, count(*) AS entries, coalesce(sum(i.amount_minor), 0) AS spend
       FROM customers c JOIN interactions i ON i.customer_id = c.id
       WHERE ${whose} AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')
       GROUP BY c.seq, day)
     WINDOW customer_days AS (PARTITION BY seq ORDER BY day)`,
  ).run({ ids });
}
