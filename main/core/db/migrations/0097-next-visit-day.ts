import type { Migration } from '../migration.ts';
import { COUNTS, DAY, NO_PREVIOUS_DAY, REMOVE } from './0090-insights.ts';

/** next_day of a customer's latest visit day: after any day, so "no visit by day X" is `next_day > X`. */
export const NO_NEXT_DAY = 2_147_483_647;

// A new day takes the customer's previous and next days; visit_days_link re-points both neighbours.
const ADD = (row: 'new' | 'old') => `
  INSERT INTO visit_days (customer_seq, day, prev_day, next_day, entries, spend_minor)
  SELECT c.seq, d.day,
    coalesce((SELECT max(v.day) FROM visit_days v WHERE v.customer_seq = c.seq AND v.day < d.day), ${NO_PREVIOUS_DAY}),
    coalesce((SELECT min(v.day) FROM visit_days v WHERE v.customer_seq = c.seq AND v.day > d.day), ${NO_NEXT_DAY}),
    1, coalesce(${row}.amount_minor, 0)
  FROM customers c, (SELECT ${DAY(`${row}.occurred_at`)} AS day) d
  WHERE c.id = ${row}.customer_id AND ${COUNTS(row)}
  ON CONFLICT (customer_seq, day) DO UPDATE
  SET entries = entries + 1, spend_minor = spend_minor + excluded.spend_minor;`;

/**
 * Each visit day also knows the customer's next one.
 *
 * Why: the dashboard asked "did this customer come back by the period's end?" once per new
 * customer, and "were they also active when the period began?" once per returning one: about
 * 100,000 lookups for a year at full scale, most of its 400 ms. With the next day on the row,
 * both are a comparison on a row already being read (main/core/insights/visit-day-sql.ts).
 * The cost moves to writes: a new visit day now also re-points the previous day's row, one
 * update by key. The indexes the dashboard reads carry next_day so they still cover it.
 */
export const nextVisitDay: Migration = {
  version: 97,
  name: "visit days know the customer's next visit day",
  up: `
    DROP INDEX visit_days_by_day;
    DROP INDEX visit_days_firsts;
    ALTER TABLE visit_days ADD COLUMN next_day INTEGER NOT NULL DEFAULT ${NO_NEXT_DAY};
    UPDATE visit_days SET next_day = later.next_day
    FROM (SELECT customer_seq, day, lead(day) OVER (PARTITION BY customer_seq ORDER BY day) AS next_day
          FROM visit_days) later
    WHERE later.next_day IS NOT NULL
      AND visit_days.customer_seq = later.customer_seq AND visit_days.day = later.day;
    CREATE INDEX visit_days_by_day ON visit_days (day, prev_day, next_day, spend_minor, customer_seq);
    -- prev_day is in it too: without it, SQLite reads each row to check the "prev_day < 0" it matched on.
    CREATE INDEX visit_days_firsts ON visit_days (day, prev_day, next_day, spend_minor, customer_seq) WHERE prev_day < 0;

    DROP TRIGGER visit_days_link;
    CREATE TRIGGER visit_days_link AFTER INSERT ON visit_days BEGIN
      UPDATE visit_days SET prev_day = new.day WHERE customer_seq = new.customer_seq AND day = new.next_day;
      UPDATE visit_days SET next_day = new.day WHERE customer_seq = new.customer_seq AND day = new.prev_day;
    END;
    DROP TRIGGER visit_days_unlink;
    CREATE TRIGGER visit_days_unlink AFTER DELETE ON visit_days BEGIN
      UPDATE visit_days SET prev_day = old.prev_day WHERE customer_seq = old.customer_seq AND day = old.next_day;
      UPDATE visit_days SET next_day = old.next_day WHERE customer_seq = old.customer_seq AND day = old.prev_day;
    END;

    DROP TRIGGER visit_days_insert;
    CREATE TRIGGER visit_days_insert AFTER INSERT ON interactions WHEN ${COUNTS('new')} BEGIN
      ${ADD('new')}
    END;
    DROP TRIGGER visit_days_update;
    CREATE TRIGGER visit_days_update
    AFTER UPDATE OF customer_id, occurred_at, kind, amount_minor, deleted_at ON interactions
    WHEN (${COUNTS('old')}) OR (${COUNTS('new')}) BEGIN
      ${REMOVE('old')}
      ${ADD('new')}
    END;
  `,
};
