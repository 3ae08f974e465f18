import type { Migration } from '../migration.ts';
import { rebuildAllRhythms } from '../../repos/rhythm-repo.ts';

/**
 * Repeat-customer reminders: each customer's rhythm kept up to date with their interactions, the
 * fitted BG/NBD model and its per-customer predictions (written by a background refit, read by
 * Today and the customer page in milliseconds), and the reminders' own state: contact plans,
 * tag rules, one-off reminders, snoozes, and what was done or dismissed.
 * Days are local calendar days counted from 1970-01-01 (see shared/domain/calendar-day.ts).
 */
export const reminders: Migration = {
  version: 50,
  name: 'repeat-customer reminders: rhythm, predictions and reminder state',
  up: `
    -- One row per customer with any interaction, refreshed with its visit facts (refreshVisitStats).
    -- Visits are distinct days with an interaction of a kind that counts (a setting).
    CREATE TABLE customer_rhythm (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      last_contact_day INTEGER NOT NULL,
      visit_days INTEGER NOT NULL CHECK (visit_days >= 0),
      first_day INTEGER,
      last_day INTEGER,
      -- Median gap over the last 10 visit days; NULL under two visit days.
      interval_days REAL CHECK (interval_days > 0),
      -- From the customer's own interval; NULL under two visit days.
      due_day INTEGER,
      overdue_day INTEGER,
      stop_day INTEGER
    ) WITHOUT ROWID;
    -- Today asks "stop_day > today AND due_day <= today": the customers whose window is open. It
    -- covers what Today reads, so tens of thousands of due customers cost no table lookups.
    CREATE INDEX customer_rhythm_window ON customer_rhythm (stop_day, due_day, last_day, interval_days, visit_days)
      WHERE stop_day IS NOT NULL;
    -- One-visit customers are measured against the shop's typical interval, which moves.
    CREATE INDEX customer_rhythm_one_visit ON customer_rhythm (last_day) WHERE visit_days = 1;
    -- XOR of the rows' hashes (see rhythm-repo): tells the background refit the data changed.
    INSERT INTO counters (name, value) VALUES ('rhythm_checksum', 0);

    -- The latest fit (one row). status 'too_little_history' keeps the counts without parameters.
    CREATE TABLE prediction_model (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      status TEXT NOT NULL CHECK (status IN ('fitted', 'too_little_history')),
      unit TEXT NOT NULL CHECK (unit IN ('day', 'week')),
      r REAL, alpha REAL, a REAL, b REAL, log_likelihood REAL,
      customers INTEGER NOT NULL,
      repeat_customers INTEGER NOT NULL,
      min_repeat_customers INTEGER NOT NULL,
      typical_interval_days REAL,
      as_of_day INTEGER NOT NULL,
      rhythm_checksum INTEGER NOT NULL,
      fitted_at INTEGER NOT NULL,
      fit_ms REAL NOT NULL
    );
    CREATE TABLE customer_predictions (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      p_alive REAL NOT NULL CHECK (p_alive BETWEEN 0 AND 1),
      expected_30 REAL NOT NULL,
      expected_90 REAL NOT NULL
    ) WITHOUT ROWID;
    -- No index on p_alive: the refit rewrites every row each day, and an index on a value that
    -- moves for everyone made that 8× slower; Today reads the at-risk few in one scan, then caches.

    -- "Stay in touch every N days" and "do not contact", per customer.
    CREATE TABLE customer_contact_plans (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      stay_in_touch_days INTEGER CHECK (stay_in_touch_days BETWEEN 1 AND 3650),
      do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE tag_stay_in_touch (
      tag_id INTEGER PRIMARY KEY REFERENCES tags (id) ON DELETE CASCADE,
      every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND 3650),
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE one_off_reminders (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      due_day INTEGER NOT NULL,
      note TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      created_by TEXT REFERENCES staff (id),
      closed_at INTEGER,
      outcome TEXT CHECK (outcome IN ('done', 'dismissed', 'cancelled')),
      CHECK ((closed_at IS NULL) = (outcome IS NULL))
    );
    CREATE INDEX one_off_reminders_open ON one_off_reminders (due_day) WHERE closed_at IS NULL;
    CREATE INDEX one_off_reminders_by_customer ON one_off_reminders (customer_id, due_day);

    -- A reason done or dismissed stays away until a new occurrence (a new key) comes.
    CREATE TABLE reminder_outcomes (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      reason_key TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('done', 'dismissed')),
      recorded_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id),
      interaction_id TEXT,
      PRIMARY KEY (customer_id, reason_key)
    ) WITHOUT ROWID;
    -- A snoozed customer's row is hidden until the morning of until_day.
    CREATE TABLE reminder_snoozes (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      until_day INTEGER NOT NULL,
      snoozed_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id)
    ) WITHOUT ROWID;

    -- Birthdays and date fields come back every year: looked up by month and day.
    CREATE INDEX customers_by_birthday ON customers (substr(birthday, -5))
      WHERE birthday <> '' AND deleted_at IS NULL;
    CREATE INDEX customer_field_values_by_month_day ON customer_field_values (field_id, substr(value, 7, 5));
  `,
  /** Every existing customer's rhythm, from its history: one pass over the interactions. */
  backfill(db) {
    rebuildAllRhythms(db);
  },
};
