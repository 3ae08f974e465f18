import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { reconcileAccounts } from './reconcile.ts';

/**
 * A merge moves OTHER's ledger rows to KEEP with its interactions, so the points earned, spent
 * and adjusted as OTHER stay one history (the only change the ledger allows: which record a row
 * belongs to). The moves are journaled so that undoing the merge moves exactly those rows back.
 */
export function moveLoyaltyOnMerge(
  db: Db,
  mergeId: string,
  otherId: string,
  keepId: string,
  now: number,
): void {
  prepared(
    db,
    `INSERT INTO loyalty_merge_moves (merge_id, ledger_id, from_customer_id)
     SELECT ?, id, customer_id FROM loyalty_ledger WHERE customer_id = ?`,
  ).run(mergeId, otherId);
  prepared(db, 'UPDATE loyalty_ledger SET customer_id = ? WHERE customer_id = ?').run(keepId, otherId);
  reconcileAccounts(db, [keepId], now);
}

/** Undo of the above: the journaled rows go back, and both customers are reconciled. */
export function undoLoyaltyMerge(
  db: Db,
  mergeId: string,
  keepId: string,
  otherId: string,
  now: number,
): void {
  prepared(
    db,
    `UPDATE loyalty_ledger SET customer_id = (
       SELECT m.from_customer_id FROM loyalty_merge_moves m WHERE m.merge_id = @mergeId AND m.ledger_id = loyalty_ledger.id)
     WHERE id IN (SELECT ledger_id FROM loyalty_merge_moves WHERE merge_id = @mergeId)`,
  ).run({ mergeId });
  prepared(db, 'DELETE FROM loyalty_merge_moves WHERE merge_id = ?').run(mergeId);
  reconcileAccounts(db, [keepId, otherId], now);
}
