import type { Db } from '../db/open.ts';
import { manyComparedWith, setAsideIndexes } from '../db/set-aside-indexes.ts';
import { setAsideTriggers } from '../db/set-aside-triggers.ts';
import { batchedInsert } from '../db/batched-insert.ts';
import { prepared } from '../db/statements.ts';
import { rebuildVisitDays } from '../repos/bulk-upkeep.ts';
import { newId } from '../ids.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { insertCustomer } from '../repos/customers-repo.ts';
import { refreshAllVisitStats, UPDATE_STATS, VISIT_FACTS } from '../repos/visit-stats.ts';
import { rowFields } from '../services/customers.ts';
import type { ImportStamp } from './customer-apply.ts';
import { sequentialIds } from './interaction-fields.ts';
import type { InteractionPlanner } from './interaction-plan.ts';
import type { Step } from './steps.ts';

const CHUNK = 5000;

const INTO = `INSERT INTO interactions (id, customer_id, occurred_at, kind, channel, amount_minor, note, staff_id,
  external_id, created_at, updated_at, created_by, updated_by, earns_points, import_seq)`;
const ROW = '(?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)';

/** Visit facts of many customers at once: set-based, or for everyone when most are touched. */
const liveCustomers = (db: Db) =>
  prepared<[], { value: number }>(db, "SELECT value FROM counters WHERE name = 'live_customers'").get()
    ?.value ?? 0;

function refreshVisitStatsOf(db: Db, ids: readonly string[]): void {
  if (ids.length > liveCustomers(db) / 2) {
    // Most customers' facts change: the four indexes by them are built again after, rather than
    // each moving 100k entries at random (2.5 s -> 1.4 s at 100k customers).
    const restore = setAsideIndexes(db, 'customers', VISIT_FACTS);
    refreshAllVisitStats(db);
    restore();
    return;
  }
  const statement = prepared<[string]>(db, `${UPDATE_STATS} WHERE id IN (SELECT value FROM json_each(?))`);
  for (let start = 0; start < ids.length; start += CHUNK)
    statement.run(JSON.stringify(ids.slice(start, start + CHUNK)));
}

/**
 * Writes the planned purchases and visits, creating the customers they need first. Imported
 * interactions earn loyalty points only when the owner asked (earns_points, migration 30).
 */
export function* applyInteractionPlan(
  db: Db,
  planner: InteractionPlanner,
  stamp: ImportStamp & { earnPoints: boolean },
): Generator<Step, { customerIds: string[]; interactions: number; createdCustomers: string[] }> {
  const createdCustomers = planner.newCustomers.map((customer) => {
    const id = newId(stamp.now);
    const fields = { ...customer, birthday: '', address: '', notes: '', tags: [], customFields: {} };
    insertCustomer(db, {
      id,
      ...rowFields(fields, stamp.country),
      created_at: stamp.now,
      updated_at: stamp.now,
      created_by: stamp.staffId,
      updated_by: stamp.staffId,
    });
    prepared(db, 'INSERT INTO import_customers (import_seq, customer_id) VALUES (?, ?)').run(stamp.seq, id);
    return id;
  });
  // 64 rows to a statement: SQLite's setup per statement, paid a million times, was a third of the inserting.
  const insert = batchedInsert(db, INTO, ROW, 14);
  const idOf = sequentialIds(newId(stamp.now));
  const touched = new Set<string>();
  const earns = stamp.earnPoints ? 1 : 0;
  const { interactions } = planner;
  // Visit days are worked out once at the end for the customers touched: row by row, their
  // trigger took two thirds of a million-row import.
  const restoreTriggers = setAsideTriggers(db, ['visit_days_insert']);
  // Likewise its plain indexes when the table holds fewer rows than the file brings: built once
  // after the rows, a third of the inserting time at a million rows. They are back before the
  // visit facts below are worked out, which read interactions by customer.
  const restoreIndexes = manyComparedWith(db, 'interactions', interactions.length)
    ? setAsideIndexes(db, 'interactions')
    : () => {};
  for (const [index, planned] of interactions.entries()) {
    const customerId =
      'id' in planned.customer ? planned.customer.id : (createdCustomers[planned.customer.newIndex] ?? '');
    touched.add(customerId);
    insert.add(
      idOf(index),
      customerId,
      planned.occurredAt,
      planned.kind,
      planned.channel,
      planned.amountMinor,
      planned.note,
      planned.externalId,
      stamp.now,
      stamp.now,
      stamp.staffId,
      stamp.staffId,
      earns,
      stamp.seq,
    );
    if (index % CHUNK === CHUNK - 1) yield { phase: 'saving', done: index + 1, total: interactions.length };
  }
  insert.flush();
  restoreIndexes();
  restoreTriggers();
  const everyone = touched.size > liveCustomers(db) / 2;
  const restoreLinks = setAsideTriggers(db, ['visit_days_link', 'visit_days_unlink']);
  // Every customer's visit days written again: their indexes are built once after (~1.5 s less).
  const restoreDayIndexes = everyone ? setAsideIndexes(db, 'visit_days') : () => {};
  rebuildVisitDays(db, everyone ? null : [...touched]);
  restoreDayIndexes();
  restoreLinks();
  refreshVisitStatsOf(db, [...touched]);
  // Inside the import's transaction, so a cancelled import leaves no points behind. History
  // imported without points never enters the ledger (earns_points = 0), so only new customers
  // need an account then (their tier badge); with points, every customer touched is settled.
  reconcileAccounts(db, stamp.earnPoints ? [...touched] : createdCustomers, stamp.now);
  return { customerIds: [...touched], interactions: interactions.length, createdCustomers };
}
