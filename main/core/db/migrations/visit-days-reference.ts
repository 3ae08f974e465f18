import type Database from 'better-sqlite3';

/**
 * For the migration tests: every visit day worked out from scratch from the interactions, with
 * `columns` over customer_seq, day, entries, spend_minor and the window w (each customer's days
 * in order), sorted. What the visit_days backfills and triggers must agree with.
 */
export function recomputedVisitDays(db: Database.Database, columns: string): unknown[] {
  return db
    .prepare(
      `SELECT customer_seq, day, entries, spend_minor, ${columns}
       FROM (SELECT c.seq AS customer_seq, unixepoch(date(i.occurred_at / 1000, 'unixepoch', 'localtime')) / 86400 AS day,
                    count(*) AS entries, coalesce(sum(i.amount_minor), 0) AS spend_minor
             FROM interactions i JOIN customers c ON c.id = i.customer_id
             WHERE i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')
             GROUP BY c.seq, day)
       WINDOW w AS (PARTITION BY customer_seq ORDER BY day)
       ORDER BY customer_seq, day`,
    )
    .all();
}
