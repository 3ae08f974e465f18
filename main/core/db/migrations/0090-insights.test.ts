import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf } from '../../../../shared/domain/calendar-days.ts';
import { dayNumber } from '../../insights/local-day-sql.ts';
import { migrate } from '../open.ts';
import { initial } from './0010-initial.ts';
import { counter } from './0020-counter.ts';
import { loyaltyEligibility } from './0030-loyalty-eligibility.ts';
import { insights } from './0090-insights.ts';
import { recomputedVisitDays } from './visit-days-reference.ts';

let db: Database.Database;
const DAY = 86_400_000;
// Midday UTC keeps every visit on its own local day in any time zone the tests run in.
const T0 = Date.UTC(2026, 0, 5, 12, 0);
// Local day numbers, as the triggers compute them.
const dayNo = (ms: number) => dayNumber(dayOf(ms));
const below = [initial, counter, loyaltyEligibility];

function visitDays() {
  return db
    .prepare(
      'SELECT customer_seq, day, prev_day, entries, spend_minor FROM visit_days ORDER BY customer_seq, day',
    )
    .all();
}

function insertInteraction(id: string, customer: string, at: number, kind: string, amount: number | null) {
  db.prepare(
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, 1)`,
  ).run(id, customer, at, kind, amount);
}

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 0, below);
  db.exec(`
    INSERT INTO customers (seq, id, first_name, sort_name, created_at, updated_at) VALUES
      (1, 'c1', 'Ann', 'ann', 1, 1), (2, 'c2', 'Bob', 'bob', 1, 1);
    INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at, deleted_at) VALUES
      ('i1', 'c1', ${T0}, 'visit', 1000, 1, 1, NULL),
      ('i2', 'c1', ${T0 + 60_000}, 'purchase', -300, 1, 1, NULL),
      ('i3', 'c1', ${T0 + 7 * DAY}, 'visit', NULL, 1, 1, NULL),
      ('i4', 'c1', ${T0 + 8 * DAY}, 'call', 700, 1, 1, NULL),
      ('i5', 'c2', ${T0 + 9 * DAY}, 'visit', 9999, 1, 1, ${T0}),
      ('i6', 'c2', ${T0 + 9 * DAY}, 'purchase', 250, 1, 1, NULL);
  `);
  migrate(db, 30, [...below, insights]);
});
afterEach(() => db.close());

it('v30 → v90 keeps every row and backfills one row per customer and visit day', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(90);
  expect(db.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(6);
  expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(2);
  expect(db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(0);
  // Two entries on the first day make one visit (a refund subtracts); calls and deleted rows do not count.
  // Each row points at the customer's previous visit day (-1: none).
  expect(visitDays()).toEqual([
    {
      customer_seq: 1,
      day: dayNo(T0),
      prev_day: -1,
      entries: 2,
      spend_minor: 700,
    },
    {
      customer_seq: 1,
      day: dayNo(T0 + 7 * DAY),
      prev_day: dayNo(T0),
      entries: 1,
      spend_minor: 0,
    },
    {
      customer_seq: 2,
      day: dayNo(T0 + 9 * DAY),
      prev_day: -1,
      entries: 1,
      spend_minor: 250,
    },
  ]);
});

describe('the triggers keep visit days equal to what the interactions say', () => {
  // The same days and links computed from scratch, as the backfill does.
  const recomputed = () => recomputedVisitDays(db, 'coalesce(lag(day) OVER w, -1) AS prev_day');

  it('on insert: a new day, and a second entry on a day already there', () => {
    insertInteraction('n1', 'c2', T0 + 20 * DAY, 'visit', 500);
    insertInteraction('n2', 'c1', T0 + 3_600_000, 'purchase', 100);
    insertInteraction('n3', 'c1', T0 + 30 * DAY, 'note', 100);
    expect(visitDays()).toEqual(recomputed());
    expect(visitDays()).toContainEqual(
      expect.objectContaining({ day: dayNo(T0), entries: 3, spend_minor: 800 }),
    );
  });

  it('on edits of the day, the kind, the amount, soft deletes and restores', () => {
    db.prepare('UPDATE interactions SET occurred_at = ? WHERE id = ?').run(T0 + 2 * DAY, 'i3');
    db.prepare('UPDATE interactions SET amount_minor = 50 WHERE id = ?').run('i1');
    db.prepare("UPDATE interactions SET kind = 'note' WHERE id = ?").run('i2');
    db.prepare("UPDATE interactions SET kind = 'visit' WHERE id = ?").run('i4');
    expect(visitDays()).toEqual(recomputed());
    db.prepare('UPDATE interactions SET deleted_at = 5 WHERE id = ?').run('i6');
    expect(visitDays()).toEqual(recomputed());
    expect(visitDays()).not.toContainEqual(expect.objectContaining({ customer_seq: 2 }));
    db.prepare('UPDATE interactions SET deleted_at = NULL WHERE id IN (?, ?)').run('i6', 'i5');
    expect(visitDays()).toEqual(recomputed());
  });

  it('when a merge moves interactions to another customer, and back', () => {
    db.prepare("UPDATE interactions SET customer_id = 'c2' WHERE customer_id = 'c1'").run();
    expect(visitDays()).toEqual(recomputed());
    expect(visitDays()).not.toContainEqual(expect.objectContaining({ customer_seq: 1 }));
    db.prepare("UPDATE interactions SET customer_id = 'c1' WHERE id IN ('i1', 'i2', 'i3', 'i4')").run();
    expect(visitDays()).toEqual(recomputed());
  });

  it('keeps the links right through many edits in any order (a seeded random walk)', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const ids: string[] = ['i1', 'i2', 'i3', 'i4', 'i6'];
    for (let step = 0; step < 300; step++) {
      const id = ids[random(ids.length)] ?? 'i1';
      const at = T0 + random(12) * DAY + random(3) * 3_600_000;
      switch (random(6)) {
        case 0:
          ids.push(`r${step}`);
          insertInteraction(
            `r${step}`,
            random(2) === 0 ? 'c1' : 'c2',
            at,
            random(4) === 0 ? 'call' : 'visit',
            random(900),
          );
          break;
        case 1:
          db.prepare('UPDATE interactions SET occurred_at = ? WHERE id = ?').run(at, id);
          break;
        case 2:
          db.prepare(
            'UPDATE interactions SET deleted_at = CASE WHEN deleted_at IS NULL THEN 1 END WHERE id = ?',
          ).run(id);
          break;
        case 3:
          db.prepare(
            "UPDATE interactions SET customer_id = CASE customer_id WHEN 'c1' THEN 'c2' ELSE 'c1' END WHERE id = ?",
          ).run(id);
          break;
        case 4:
          db.prepare('DELETE FROM interactions WHERE id = ?').run(id);
          ids.splice(ids.indexOf(id), 1, `gone${step}`);
          break;
        default:
          ids.push(`r${step}`);
          insertInteraction(`r${step}`, 'c1', at, 'purchase', -random(300));
      }
      if (step % 50 === 0) expect(visitDays()).toEqual(recomputed());
    }
    expect(visitDays().length).toBeGreaterThan(5);
    expect(visitDays()).toEqual(recomputed());
  });

  it('on hard deletes, and when a purge erases the customer with its history', () => {
    db.prepare('DELETE FROM interactions WHERE id = ?').run('i1');
    expect(visitDays()).toEqual(recomputed());
    db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
    expect(db.prepare("SELECT count(*) FROM interactions WHERE customer_id = 'c1'").pluck().get()).toBe(0);
    expect(visitDays()).toEqual([
      {
        customer_seq: 2,
        day: dayNo(T0 + 9 * DAY),
        prev_day: -1,
        entries: 1,
        spend_minor: 250,
      },
    ]);
  });
});

it('gives saved segments unique names whatever their case', () => {
  db.prepare(
    "INSERT INTO segments (id, name, filter, created_at, updated_at) VALUES ('s1', 'VIPs', '{}', 1, 1)",
  ).run();
  expect(() =>
    db
      .prepare(
        "INSERT INTO segments (id, name, filter, created_at, updated_at) VALUES ('s2', 'vips', '{}', 1, 1)",
      )
      .run(),
  ).toThrow(/UNIQUE/);
});
