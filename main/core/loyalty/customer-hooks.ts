import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { reconcileAccounts } from './reconcile.ts';

/**
 * Called by the customers service in the transaction that saves a customer: remembers when the
 * birthday was set or changed (the birthday bonus's anti-gaming rule reads it) and gives a new
 * customer an account, so their tier badge is right from the start.
 */
export function loyaltyAfterCustomerSaved(
  db: Db,
  customerId: string,
  birthdayBefore: string,
  birthdayAfter: string,
  now: number,
): void {
  if (birthdayBefore !== birthdayAfter) {
    prepared(db, 'UPDATE customers SET birthday_changed_at = ? WHERE id = ?').run(now, customerId);
  }
  reconcileAccounts(db, [customerId], now);
}
