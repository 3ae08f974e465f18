import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { daysAfter, rhythmDays, rhythmOf, type Rhythm, type RhythmThresholds } from '../reminders/rhythm.ts';
import { readReminderSetting } from './reminder-settings-repo.ts';

// customer_rhythm: each customer's visit days boiled down to what Today and the model read. Kept
// by refreshRhythm inside every transaction that changes a customer's interactions (through
// refreshVisitStats), so a new visit resets the customer's rhythm at once.

export interface RhythmRow {
  customerId: string;
  /** The latest interaction of any kind: what "stay in touch" counts from. */
  lastContactDay: number;
  rhythm: Rhythm;
}

interface DbRhythm {
  customer_id: string;
  last_contact_day: number;
  visit_days: number;
  first_day: number | null;
  last_day: number | null;
  interval_days: number | null;
  due_day: number | null;
  overdue_day: number | null;
  stop_day: number | null;
}

function thresholdsOf(db: Db): RhythmThresholds {
  return {
    overdueFactor: readReminderSetting(db, 'overdueFactor'),
    stopAfterFactor: readReminderSetting(db, 'stopAfterFactor'),
  };
}

function toDbRhythm(
  { customerId, lastContactDay, rhythm }: RhythmRow,
  thresholds: RhythmThresholds,
): DbRhythm {
  const days =
    rhythm.intervalDays === null || rhythm.lastDay === null
      ? null
      : rhythmDays(rhythm.lastDay, rhythm.intervalDays, thresholds);
  return {
    customer_id: customerId,
    last_contact_day: lastContactDay,
    visit_days: rhythm.visitDays,
    first_day: rhythm.firstDay,
    last_day: rhythm.lastDay,
    interval_days: rhythm.intervalDays,
    due_day: days?.dueDay ?? null,
    overdue_day: days?.overdueDay ?? null,
    stop_day: days?.stopDay ?? null,
  };
}

const COLUMNS = `customer_id, last_contact_day, visit_days, first_day, last_day, interval_days, due_day,
  overdue_day, stop_day`;
const VALUES = `@customer_id, @last_contact_day, @visit_days, @first_day, @last_day, @interval_days, @due_day,
  @overdue_day, @stop_day`;
const UPSERT = `INSERT INTO customer_rhythm (${COLUMNS}) VALUES (${VALUES})
  ON CONFLICT (customer_id) DO UPDATE SET last_contact_day = excluded.last_contact_day,
    visit_days = excluded.visit_days, first_day = excluded.first_day, last_day = excluded.last_day,
    interval_days = excluded.interval_days, due_day = excluded.due_day, overdue_day = excluded.overdue_day,
    stop_day = excluded.stop_day`;

/**
 * FNV-1a of what the model reads from a row. The checksum of the table is the XOR of its rows'
 * hashes, kept up to date row by row: it changes when any customer's visits do, and comes back
 * to the same value when they come back (an undone merge), so it says "the model's data changed"
 * without a counter that only ever grows.
 */
function rowHash(
  row: Pick<DbRhythm, 'customer_id' | 'visit_days' | 'first_day' | 'last_day' | 'interval_days'>,
): number {
  const text = `${row.customer_id}|${row.visit_days}|${row.first_day}|${row.last_day}|${row.interval_days}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function setChecksum(db: Db, value: number): void {
  prepared(db, "UPDATE counters SET value = ? WHERE name = 'rhythm_checksum'").run(value >>> 0);
}

/** Changes whenever any customer's visits do: the background refit compares it with its own. */
export function rhythmChecksum(db: Db): number {
  return (
    prepared<[], { value: number }>(db, "SELECT value FROM counters WHERE name = 'rhythm_checksum'").get()
      ?.value ?? 0
  );
}

/** One customer's rhythm from its interactions, newest first along interactions_by_customer. */
export function computeRhythm(db: Db, customerId: string, kinds: ReadonlySet<string>): RhythmRow | null {
  let lastContactDay: number | null = null;
  const days: number[] = [];
  const rows = prepared<[string], { occurred_at: number; kind: string }>(
    db,
    `SELECT occurred_at, kind FROM interactions WHERE customer_id = ? AND deleted_at IS NULL
     ORDER BY occurred_at DESC`,
  ).iterate(customerId);
  for (const { occurred_at, kind } of rows) {
    lastContactDay ??= localDayOf(occurred_at);
    if (kinds.has(kind)) days.push(localDayOf(occurred_at));
  }
  return lastContactDay === null ? null : { customerId, lastContactDay, rhythm: rhythmOf(days) };
}

/** Recomputes one customer's row (none without interactions) and the table's checksum. */
export function refreshRhythm(db: Db, customerId: string): void {
  const computed = computeRhythm(db, customerId, new Set(readReminderSetting(db, 'visitKinds')));
  const old = prepared<[string], DbRhythm>(
    db,
    `SELECT ${COLUMNS} FROM customer_rhythm WHERE customer_id = ?`,
  ).get(customerId);
  let checksum = rhythmChecksum(db) ^ (old ? rowHash(old) : 0);
  if (computed === null) {
    prepared(db, 'DELETE FROM customer_rhythm WHERE customer_id = ?').run(customerId);
  } else {
    const row = toDbRhythm(computed, thresholdsOf(db));
    prepared(db, UPSERT).run(row);
    checksum ^= rowHash(row);
  }
  setChecksum(db, checksum);
}

/**
 * Every customer's rhythm from interactions before `endMs` (all when null), in one pass along
 * interactions_by_customer, customer by customer. Local days are computed here rather than with
 * SQLite's date(…, 'localtime'), which costs microseconds a row: a second at a million rows.
 */
export function* scanRhythms(db: Db, kinds: readonly string[], endMs: number | null): Generator<RhythmRow> {
  const counted = new Set<string>(kinds);
  const statement = db
    .prepare<[number], [string, number, string]>(
      `SELECT customer_id, occurred_at, kind FROM interactions INDEXED BY interactions_by_customer
       WHERE deleted_at IS NULL AND occurred_at < ? ORDER BY customer_id, occurred_at`,
    )
    .raw(true);
  let current: string | null = null;
  let lastContact = 0;
  let days: number[] = [];
  for (const [customerId, occurredAt, kind] of statement.iterate(endMs ?? Number.MAX_SAFE_INTEGER)) {
    if (customerId !== current) {
      if (current !== null)
        yield { customerId: current, lastContactDay: localDayOf(lastContact), rhythm: rhythmOf(days) };
      current = customerId;
      days = [];
    }
    lastContact = occurredAt;
    if (counted.has(kind)) days.push(localDayOf(occurredAt));
  }
  if (current !== null)
    yield { customerId: current, lastContactDay: localDayOf(lastContact), rhythm: rhythmOf(days) };
}

/** Rebuilds every row (after a bulk load, an import, or a change of the kinds that count as visits). */
export function rebuildAllRhythms(db: Db): void {
  const thresholds = thresholdsOf(db);
  // Collected first: the connection cannot write while the scan's statement is still reading.
  const rows = [...scanRhythms(db, readReminderSetting(db, 'visitKinds'), null)];
  db.prepare('DELETE FROM customer_rhythm').run();
  const insert = db.prepare(`INSERT INTO customer_rhythm (${COLUMNS}) VALUES (${VALUES})`);
  let checksum = 0;
  for (const row of rows) {
    const stored = toDbRhythm(row, thresholds);
    insert.run(stored);
    checksum ^= rowHash(stored);
  }
  setChecksum(db, checksum);
}

const functionsRegistered = new WeakSet<Db>();

/** New overdue and stop factors move every customer's days; the interval itself stays. */
export function reapplyThresholds(db: Db): void {
  if (!functionsRegistered.has(db)) {
    db.function('regulars_days_after', { deterministic: true }, (interval, factor) =>
      daysAfter(Number(interval), Number(factor)),
    );
    functionsRegistered.add(db);
  }
  const { overdueFactor, stopAfterFactor } = thresholdsOf(db);
  db.prepare(
    `UPDATE customer_rhythm SET overdue_day = last_day + regulars_days_after(interval_days, ?),
       stop_day = last_day + regulars_days_after(interval_days, ?)
     WHERE interval_days IS NOT NULL`,
  ).run(overdueFactor, stopAfterFactor);
}

export function readRhythm(db: Db, customerId: string): RhythmRow | undefined {
  const row = prepared<[string], DbRhythm>(
    db,
    `SELECT ${COLUMNS} FROM customer_rhythm WHERE customer_id = ?`,
  ).get(customerId);
  if (!row) return undefined;
  return {
    customerId,
    lastContactDay: row.last_contact_day,
    rhythm: {
      visitDays: row.visit_days,
      firstDay: row.first_day,
      lastDay: row.last_day,
      intervalDays: row.interval_days,
    },
  };
}
