import type { Migration } from '../migration.ts';

/**
 * The segment conditions over tiers and rhythm read an index alone.
 *
 * Why: a live count's target is 100 ms at full scale (100k customers), and two conditions spent
 * most of it reading table rows.
 * - "Rhythm due", "overdue" and "not yet" compare overdue_day (see
 *   main/core/insights/loyalty-rhythm-conditions.ts), which the window index lacked, so each of
 *   the ~70,000 open windows cost a row lookup: 70–110 ms. With the column the index covers all
 *   four states. Today ranges on the same index over stop_day and due_day only, so a column
 *   after those changes nothing for it.
 * - A tier condition scanned all 100,000 accounts for their tier_rank, and so did the
 *   dashboard's tier distribution. An account's upsert rewrites the entry (tier_rank is in its
 *   SET list), a small cost beside the ledger rows written with it.
 */
export const segmentConditionIndexes: Migration = {
  version: 98,
  name: 'segment conditions over tiers and rhythm read an index alone',
  up: `
    DROP INDEX customer_rhythm_window;
    CREATE INDEX customer_rhythm_window
    ON customer_rhythm (stop_day, due_day, overdue_day, last_day, interval_days, visit_days)
    WHERE stop_day IS NOT NULL;
    CREATE INDEX loyalty_accounts_by_tier ON loyalty_accounts (tier_rank);
  `,
};
