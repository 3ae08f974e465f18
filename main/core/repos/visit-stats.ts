import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { rebuildAllRhythms, refreshRhythm } from './rhythm-repo.ts';

// The same definition as migration 20's backfill: visits are distinct local days with a visit or
// a purchase; spend counts those kinds only (refunds are negative purchases, so they subtract).
const VISITS = `FROM interactions i WHERE i.customer_id = customers.id AND i.deleted_at IS NULL
  AND i.kind IN ('visit', 'purchase')`;

/** The customer columns the visit facts are kept in. */
export const VISIT_FACTS = ['first_visit_at', 'last_visit_at', 'visit_count', 'total_spend_minor'] as const;

// One pass over the customer's visits for all four facts (a row-value UPDATE), not one per fact.
export const UPDATE_STATS = `UPDATE customers SET (first_visit_at, last_visit_at, visit_count, total_spend_minor) =
  (SELECT min(occurred_at), max(occurred_at), count(DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime')),
          coalesce(sum(amount_minor), 0) ${VISITS})`;

/**
 * Recomputes a customer's denormalized visit facts from its interactions. Called inside the
 * transaction of every change to its interactions (log, edit, delete, restore, merge), so the
 * list can sort and filter 100k customers by them without touching interactions.
 */
export function refreshVisitStats(db: Db, customerId: string): void {
  prepared(db, `${UPDATE_STATS} WHERE id = ?`).run(customerId);
  refreshRhythm(db, customerId);
}

/** The same for every customer at once, set-based: for bulk loads and imports. */
export function refreshAllVisitStats(db: Db): void {
  db.exec(UPDATE_STATS);
  rebuildAllRhythms(db);
}
