import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { reminders } from './0050-reminders.ts';

let db: Database.Database;
const DAY = 86_400_000;
// Midday UTC keeps every interaction on its own local day in any time zone the tests run in.
const T0 = Date.UTC(2026, 0, 5, 12, 0);
const DAY0 = Math.floor(T0 / DAY);

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, [initial, counter, loyaltyEligibility]);
  db.exec(`
    INSERT INTO customers (id, first_name, sort_name, birthday, created_at, updated_at)
    VALUES ('c1', 'Ann', 'ann', '1990-02-29', 1, 1), ('c2', 'Bo', 'bo', '', 1, 1), ('c3', 'Cy', 'cy', '', 1, 1);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, created_at, updated_at, deleted_at) VALUES
      ('i1', 'c1', ${T0}, 'visit', 1, 1, NULL),
      ('i2', 'c1', ${T0 + 60_000}, 'purchase', 1, 1, NULL),
      ('i3', 'c1', ${T0 + 7 * DAY}, 'purchase', 1, 1, NULL),
      ('i4', 'c1', ${T0 + 21 * DAY}, 'visit', 1, 1, NULL),
      ('i5', 'c1', ${T0 + 25 * DAY}, 'call', 1, 1, NULL),
      ('i6', 'c1', ${T0 + 30 * DAY}, 'visit', 1, 1, ${T0}),
      ('i7', 'c2', ${T0 + 3 * DAY}, 'message', 1, 1, NULL);
  `);
  migrate(db, 30, [initial, counter, loyaltyEligibility, reminders]);
});
afterEach(() => db.close());

it('v30 → v50 keeps every row and works out each customer’s rhythm from its history', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(50);
  expect(db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 7 });
  expect(db.prepare('SELECT * FROM customer_rhythm ORDER BY customer_id').all()).toEqual([
    {
      customer_id: 'c1',
      // The call counts as contact, not as a visit; the deleted visit counts as nothing.
      last_contact_day: DAY0 + 25,
      // Two interactions on the first day are one visit: days 0, 7 and 21.
      visit_days: 3,
      first_day: DAY0,
      last_day: DAY0 + 21,
      // Gaps 7 and 14: the median is 10.5 days.
      interval_days: 10.5,
      due_day: DAY0 + 21 + 11,
      overdue_day: DAY0 + 21 + 16, // 1.5 × 10.5 = 15.75
      stop_day: DAY0 + 21 + 32, // 3 × 10.5 = 31.5
    },
    {
      customer_id: 'c2',
      last_contact_day: DAY0 + 3,
      visit_days: 0,
      first_day: null,
      last_day: null,
      interval_days: null,
      due_day: null,
      overdue_day: null,
      stop_day: null,
    },
  ]);
  // The checksum of the rows the model reads: no longer 0 once there are rows.
  expect(db.prepare("SELECT value FROM counters WHERE name = 'rhythm_checksum'").pluck().get()).not.toBe(0);
});

it('creates empty reminder tables whose constraints refuse impossible values', () => {
  for (const table of [
    'prediction_model',
    'customer_predictions',
    'one_off_reminders',
    'reminder_outcomes',
  ]) {
    expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  }
  expect(() => db.prepare("INSERT INTO customer_predictions VALUES ('c1', 1.5, 0, 0)").run()).toThrow(
    /CHECK/,
  );
  expect(() => db.prepare("INSERT INTO customer_contact_plans VALUES ('c1', 0, 0, 1)").run()).toThrow(
    /CHECK/,
  );
  expect(() =>
    db
      .prepare(
        "INSERT INTO one_off_reminders (id, customer_id, due_day, note, created_at, closed_at) VALUES ('o', 'c1', 1, 'x', 1, 5)",
      )
      .run(),
  ).toThrow(/CHECK/);
  expect(() => db.prepare("INSERT INTO reminder_snoozes VALUES ('nobody', 1, 1, NULL)").run()).toThrow(
    /FOREIGN KEY/,
  );
});

it('forgets a purged customer’s reminder state with the customer', () => {
  db.exec(`
    INSERT INTO customer_contact_plans VALUES ('c1', 30, 1, 1);
    INSERT INTO reminder_outcomes (customer_id, reason_key, outcome, recorded_at) VALUES ('c1', 'due:1', 'done', 1);
    INSERT INTO one_off_reminders (id, customer_id, due_day, note, created_at) VALUES ('o1', 'c1', 1, 'call', 1);
  `);
  db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
  for (const table of [
    'customer_rhythm',
    'customer_contact_plans',
    'reminder_outcomes',
    'one_off_reminders',
  ]) {
    expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE customer_id = 'c1'`).get()).toEqual({ n: 0 });
  }
});
