import type { Migration } from '../migration.ts';

/**
 * The rhythm window index also carries overdue_day.
 *
 * Why: the segment conditions "rhythm due", "overdue" and "not yet" compare overdue_day (see
 * main/core/insights/loyalty-rhythm-conditions.ts), which the index lacked, so each of the
 * ~70,000 customers with an open window at full scale cost a table lookup: 70–110 ms of a live
 * count whose target is 100 ms. With the column the index covers all four states. Today reads
 * the same index for "stop_day > today AND due_day <= today" and is unaffected by a column
 * added after the ones it ranges on.
 */
export const rhythmWindowOverdue: Migration = {
  version: 98,
  name: 'the rhythm window index carries the overdue day',
  up: `
    DROP INDEX customer_rhythm_window;
    CREATE INDEX customer_rhythm_window
    ON customer_rhythm (stop_day, due_day, overdue_day, last_day, interval_days, visit_days)
    WHERE stop_day IS NOT NULL;
  `,
};
