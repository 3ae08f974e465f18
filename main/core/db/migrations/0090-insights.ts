import type { Migration } from '../migration.ts';

// A visit is a local calendar day with a visit or a purchase (see VISIT_DAY in 0020-counter.ts);
// this is its day number (days since 1970-01-01), the numbering VISIT_DAYS_SQL uses as well.
export const DAY = (ms: string) => `unixepoch(date(${ms} / 1000, 'unixepoch', 'localtime')) / 86400`;
export const COUNTS = (row: 'new' | 'old') =>
  `${row}.deleted_at IS NULL AND ${row}.kind IN ('visit', 'purchase')`;
const SEQ_OF = (row: 'new' | 'old') => `(SELECT seq FROM customers WHERE id = ${row}.customer_id)`;
/** prev_day of a customer's first visit day. */
export const NO_PREVIOUS_DAY = -1;

// A new day points at the customer's previous one, and the next day (if any) is re-pointed at it
// (visit_days_link); a second entry on a day only adds to the row.
const ADD = (row: 'new' | 'old') => `
  INSERT INTO visit_days (customer_seq, day, prev_day, entries, spend_minor)
  SELECT c.seq, d.day,
    coalesce((SELECT max(v.day) FROM visit_days v WHERE v.customer_seq = c.seq AND v.day < d.day), ${NO_PREVIOUS_DAY}),
    1, coalesce(${row}.amount_minor, 0)
  FROM customers c, (SELECT ${DAY(`${row}.occurred_at`)} AS day) d
  WHERE c.id = ${row}.customer_id AND ${COUNTS(row)}
  ON CONFLICT (customer_seq, day) DO UPDATE
  SET entries = entries + 1, spend_minor = spend_minor + excluded.spend_minor;`;

export const REMOVE = (row: 'new' | 'old') => `
  UPDATE visit_days SET entries = entries - 1, spend_minor = spend_minor - coalesce(${row}.amount_minor, 0)
  WHERE customer_seq = ${SEQ_OF(row)} AND day = ${DAY(`${row}.occurred_at`)} AND ${COUNTS(row)};
  DELETE FROM visit_days
  WHERE customer_seq = ${SEQ_OF(row)} AND day = ${DAY(`${row}.occurred_at`)} AND entries <= 0;`;

/**
 * Insights: saved segments, and each customer's visit days kept as rows.
 *
 * Why visit_days: every dashboard figure is about visits, and a visit is a distinct local day.
 * Counting distinct days straight from a million interactions costs a date() call per row (a few
 * µs each: seconds per dashboard). Triggers keep one narrow row per customer and visit day, so a
 * period's visits are an index range. Each row also knows the customer's previous visit day,
 * which turns "distinct customers" into plain counts of rows: a customer visited during a period
 * once per row whose previous visit is before the period (their first visit in it), and was new
 * if that row has no previous visit at all (main/core/insights/visit-day-sql.ts). Only the
 * previous day is kept, not the next: logging today's visit then adds a row and touches no other.
 * The triggers see every path that changes interactions (logging, edits, deletes, merges,
 * imports), and a purged customer takes its rows along. Days are local to the process writing
 * them, as visit_count is.
 */
export const insights: Migration = {
  version: 90,
  name: 'insights: saved segments, visit days and the indexes the dashboard reads',
  up: `
    CREATE TABLE segments (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      -- JSON {match, conditions}, checked by the segment schema whenever it is read.
      filter TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    -- customer_seq is customers.seq: an integer keeps the rows narrow (a million of them at scale).
    CREATE TABLE visit_days (
      customer_seq INTEGER NOT NULL,
      day INTEGER NOT NULL,
      -- The customer's visit day just before this one (${NO_PREVIOUS_DAY}: none, the first visit).
      prev_day INTEGER NOT NULL,
      entries INTEGER NOT NULL,
      spend_minor INTEGER NOT NULL,
      PRIMARY KEY (customer_seq, day)
    ) WITHOUT ROWID;
    INSERT INTO visit_days (customer_seq, day, prev_day, entries, spend_minor)
    SELECT seq, day, coalesce(lag(day) OVER customer_days, ${NO_PREVIOUS_DAY}), entries, spend
    FROM (
      SELECT c.seq, ${DAY('i.occurred_at')} AS day, count(*) AS entries, coalesce(sum(i.amount_minor), 0) AS spend
      FROM interactions i JOIN customers c ON c.id = i.customer_id
      WHERE i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')
      GROUP BY c.seq, day)
    WINDOW customer_days AS (PARTITION BY seq ORDER BY day);
    CREATE INDEX visit_days_by_day ON visit_days (day, prev_day, spend_minor, customer_seq);
    CREATE INDEX visit_days_firsts ON visit_days (day, prev_day) WHERE prev_day < 0;

    CREATE TRIGGER visit_days_link AFTER INSERT ON visit_days BEGIN
      UPDATE visit_days SET prev_day = new.day WHERE customer_seq = new.customer_seq
        AND day = (SELECT min(day) FROM visit_days WHERE customer_seq = new.customer_seq AND day > new.day);
    END;
    CREATE TRIGGER visit_days_unlink AFTER DELETE ON visit_days BEGIN
      UPDATE visit_days SET prev_day = old.prev_day WHERE customer_seq = old.customer_seq
        AND day = (SELECT min(day) FROM visit_days WHERE customer_seq = old.customer_seq AND day > old.day);
    END;

    CREATE TRIGGER visit_days_insert AFTER INSERT ON interactions WHEN ${COUNTS('new')} BEGIN
      ${ADD('new')}
    END;
    CREATE TRIGGER visit_days_delete AFTER DELETE ON interactions WHEN ${COUNTS('old')} BEGIN
      ${REMOVE('old')}
    END;
    CREATE TRIGGER visit_days_update
    AFTER UPDATE OF customer_id, occurred_at, kind, amount_minor, deleted_at ON interactions
    WHEN (${COUNTS('old')}) OR (${COUNTS('new')}) BEGIN
      ${REMOVE('old')}
      ${ADD('new')}
    END;
    -- A purge deletes the customer before its interactions cascade, so their triggers no longer
    -- find its seq: the rows go with the customer instead.
    CREATE TRIGGER visit_days_customer_delete AFTER DELETE ON customers BEGIN
      DELETE FROM visit_days WHERE customer_seq = old.seq;
    END;

    -- Segment counts read only this: every visit fact and the id, no customers rows.
    CREATE INDEX customers_segment_facts
    ON customers (last_visit_at, first_visit_at, visit_count, total_spend_minor, id) WHERE deleted_at IS NULL;

    -- Satisfaction answers of a period, without visiting the other 80% of interactions.
    CREATE INDEX interactions_answers ON interactions (occurred_at, customer_id, nps, csat, ces)
    WHERE deleted_at IS NULL AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL);
    -- Each customer's latest NPS answer, for the NPS group of a segment.
    CREATE INDEX interactions_nps_by_customer ON interactions (customer_id, occurred_at, nps)
    WHERE deleted_at IS NULL AND nps IS NOT NULL;
  `,
};
