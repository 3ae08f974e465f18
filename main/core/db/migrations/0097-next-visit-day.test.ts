import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../open.ts';
import { MIGRATIONS } from './index.ts';
import { NO_NEXT_DAY } from './0097-next-visit-day.ts';
import { recomputedVisitDays } from './visit-days-reference.ts';

let db: Database.Database;
const DAY = 86_400_000;
// Midday UTC keeps every visit on its own local day in any time zone the tests run in.
const T0 = Date.UTC(2026, 0, 5, 12, 0);

const visitDays = () =>
  db.prepare('SELECT * FROM visit_days ORDER BY customer_seq, day').all() as Record<string, number>[];
// Every visit day worked out from scratch, each with its neighbours.
const recomputed = () =>
  recomputedVisitDays(
    db,
    `coalesce(lag(day) OVER w, -1) AS prev_day, coalesce(lead(day) OVER w, ${NO_NEXT_DAY}) AS next_day`,
  );

function insertInteraction(id: string, customer: string, at: number, kind: string, amount: number) {
  db.prepare(
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, 1)`,
  ).run(id, customer, at, kind, amount);
}

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    0,
    MIGRATIONS.filter((migration) => migration.version <= 96),
  );
  db.exec(`INSERT INTO customers (seq, id, first_name, sort_name, created_at, updated_at) VALUES
    (1, 'c1', 'Ann', 'ann', 1, 1), (2, 'c2', 'Bob', 'bob', 1, 1), (3, 'c3', 'Cy', 'cy', 1, 1)`);
  insertInteraction('i1', 'c1', T0, 'visit', 100);
  insertInteraction('i2', 'c1', T0 + 7 * DAY, 'purchase', 200);
  insertInteraction('i3', 'c1', T0 + 7 * DAY + 60_000, 'visit', 0);
  insertInteraction('i4', 'c1', T0 + 9 * DAY, 'visit', 0);
  insertInteraction('i5', 'c2', T0 + 2 * DAY, 'purchase', 50);
  migrate(
    db,
    96,
    MIGRATIONS.filter((migration) => migration.version <= 97),
  );
});
afterEach(() => db.close());

it('gives every visit day kept so far its next one, and the latest day none', () => {
  expect(db.pragma('user_version', { simple: true })).toBe(97);
  const rows = visitDays();
  expect(rows.map((row) => row.next_day)).toEqual([rows[1]?.day, rows[2]?.day, NO_NEXT_DAY, NO_NEXT_DAY]);
  expect(rows).toEqual(recomputed());
});

it('keeps both links right through inserts, edits, deletes, merges and a purge (a seeded random walk)', () => {
  let seed = 11;
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const customer = () => ['c1', 'c2', 'c3'][random(3)] ?? 'c1';
  const ids = ['i1', 'i2', 'i3', 'i4', 'i5'];
  for (let step = 0; step < 400; step++) {
    const id = ids[random(ids.length)] ?? 'i1';
    const at = T0 + random(15) * DAY + random(3) * 3_600_000;
    switch (random(5)) {
      case 0:
        db.prepare('UPDATE interactions SET occurred_at = ? WHERE id = ?').run(at, id);
        break;
      case 1:
        db.prepare(
          'UPDATE interactions SET deleted_at = CASE WHEN deleted_at IS NULL THEN 1 END WHERE id = ?',
        ).run(id);
        break;
      case 2:
        db.prepare('UPDATE interactions SET customer_id = ? WHERE id = ?').run(customer(), id);
        break;
      case 3:
        db.prepare('DELETE FROM interactions WHERE id = ?').run(id);
        break;
      default:
        ids.push(`r${step}`);
        insertInteraction(`r${step}`, customer(), at, random(4) === 0 ? 'call' : 'visit', random(900));
    }
    if (step % 40 === 0) expect(visitDays()).toEqual(recomputed());
  }
  expect(visitDays().length).toBeGreaterThan(10);
  expect(visitDays()).toEqual(recomputed());
  db.exec("DELETE FROM customers WHERE id = 'c2'");
  expect(visitDays()).toEqual(recomputed());
  expect(visitDays().some((row) => row.customer_seq === 2)).toBe(false);
});
