import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import {
  insertLedgerRow,
  insertTierChange,
  readLedger,
  readVersions,
  writeAccount,
} from '../repos/loyalty-repo.ts';
import { readAccountChunks, readAccountInputs } from './account-inputs.ts';
import { accountChanged, planAccount, type AccountInputs, type AccountPlan } from './account-plan.ts';

/** Above this many customers, reading in chunks beats a handful of point queries per customer. */
const CHUNKED_FROM = 300;

export interface ReconcileOutcome {
  /** Customers whose ledger, balance or tier changed. */
  changedIds: string[];
  appended: number;
  tierChanges: number;
}

export function applyPlan(db: Db, inputs: AccountInputs, plan: AccountPlan): boolean {
  for (const row of plan.inserts) insertLedgerRow(db, row);
  // A derived row appended left the stored digest unknown (a trigger's doing): write it again.
  const cacheChanged = plan.inserts.length > 0 || accountChanged(inputs.account, plan.account);
  if (cacheChanged) writeAccount(db, plan.account);
  if (plan.tierChange) insertTierChange(db, plan.tierChange);
  return (
    plan.inserts.length > 0 || plan.tierChange !== null || inputs.account?.balance !== plan.account.balance
  );
}

/**
 * Brings these customers' ledgers, balances and tiers in line with their interactions and the
 * program history, appending rows (never changing one). Runs inside the caller's transaction:
 * every service that changes interactions calls it there. Customers in the trash are skipped:
 * their ledger waits, unchanged, until they are restored.
 */
export function reconcileAccounts(db: Db, customerIds: readonly string[], now: number): ReconcileOutcome {
  const outcome: ReconcileOutcome = { changedIds: [], appended: 0, tierChanges: 0 };
  const versions = readVersions(db);
  if (versions.length === 0 || customerIds.length === 0) return outcome;
  const apply = (given: AccountInputs) => {
    let inputs = given;
    let plan = planAccount(inputs);
    if (!plan.complete) {
      // The replay disagrees with the digest: read this customer's whole ledger and plan again.
      inputs = { ...inputs, ledger: readLedger(db, inputs.customerId), ledgerRows: 'all' };
      plan = planAccount(inputs);
    }
    if (applyPlan(db, inputs, plan)) outcome.changedIds.push(inputs.customerId);
    outcome.appended += plan.inserts.length;
    if (plan.tierChange) outcome.tierChanges++;
  };
  const unique = [...new Set(customerIds)];
  if (unique.length < CHUNKED_FROM) {
    for (const id of unique) {
      const inputs = readAccountInputs(db, id, versions, now);
      if (inputs) apply(inputs);
    }
    return outcome;
  }
  for (const chunk of readAccountChunks(db, unique.sort(), versions, now)) chunk.forEach(apply);
  return outcome;
}

/**
 * The one call an importer (or anything else that writes interactions or birthdays behind the
 * services' back) makes afterwards, with the customers it touched: appends the ledger rows that
 * make their points and tiers right again, then tells the UI. Safe to call twice: a second call
 * finds nothing to append. Nests inside a caller's transaction if there is one.
 */
export function reconcileLoyalty(ctx: CoreContext, customerIds: readonly string[]): ReconcileOutcome {
  const outcome = ctx.db.transaction(() => reconcileAccounts(ctx.db, customerIds, ctx.now()))();
  if (outcome.changedIds.length > 0) ctx.emit('loyalty:changed', { customerIds: outcome.changedIds });
  return outcome;
}
