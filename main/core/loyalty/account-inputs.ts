import type { EarningInteraction } from '../../../shared/domain/loyalty/earning.ts';
import type { ProgramVersion } from '../../../shared/domain/loyalty/program.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import {
  EARNING_WHERE,
  readAccount,
  readEarningInteractions,
  readLedger,
  type DbAccount,
} from '../repos/loyalty-repo.ts';
import type { AccountInputs, LedgerLite } from './account-plan.ts';

interface CustomerLoyaltyRow {
  id: string;
  birthday: string;
  birthday_changed_at: number | null;
}

/** One live customer's inputs, read with point queries: the path every single write takes. */
export function readAccountInputs(
  db: Db,
  customerId: string,
  versions: readonly ProgramVersion[],
  now: number,
): AccountInputs | undefined {
  const customer = prepared<[string], CustomerLoyaltyRow>(
    db,
    'SELECT id, birthday, birthday_changed_at FROM customers WHERE id = ? AND deleted_at IS NULL',
  ).get(customerId);
  if (!customer) return undefined;
  return {
    customerId,
    versions,
    interactions: readEarningInteractions(db, customerId),
    ledger: readLedger(db, customerId),
    birthday: customer.birthday,
    birthdayChangedAt: customer.birthday_changed_at,
    account: readAccount(db, customerId),
    now,
  };
}

/** Live customers' ids in the order the chunked reads walk them. */
export function liveCustomerIds(db: Db): string[] {
  return db
    .prepare<[], string>('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id')
    .pluck()
    .all();
}

/**
 * Reads the inputs of many customers a chunk at a time: one range query per table per chunk
 * (interactions through the covering interactions_earning index), never one query per customer.
 * `withLedger: false` skips the ledger and the cache, which a tier preview does not need.
 */
export function* readAccountChunks(
  db: Db,
  ids: readonly string[],
  versions: readonly ProgramVersion[],
  now: number,
  options: { chunk?: number; withLedger?: boolean } = {},
): Generator<AccountInputs[]> {
  const size = options.chunk ?? 2000;
  const withLedger = options.withLedger ?? true;
  const customers = prepared<[string, string], CustomerLoyaltyRow>(
    db,
    `SELECT id, birthday, birthday_changed_at FROM customers
     WHERE id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY id`,
  );
  const interactions = prepared<[string, string], unknown[]>(
    db,
    `SELECT customer_id, id, occurred_at, amount_minor FROM interactions INDEXED BY interactions_earning
     WHERE customer_id BETWEEN ? AND ? AND ${EARNING_WHERE} ORDER BY customer_id, occurred_at, id`,
  ).raw(true);
  const ledger = prepared<[string, string], unknown[]>(
    db,
    `SELECT customer_id, id, kind, points, at, entry_key FROM loyalty_ledger INDEXED BY loyalty_ledger_by_customer
     WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id, at, id`,
  ).raw(true);
  const accounts = prepared<[string, string], DbAccount>(
    db,
    'SELECT * FROM loyalty_accounts WHERE customer_id BETWEEN ? AND ?',
  );
  for (let start = 0; start < ids.length; start += size) {
    const slice = ids.slice(start, start + size);
    const first = slice[0];
    const last = slice.at(-1);
    if (first === undefined || last === undefined) continue;
    const wanted = new Set(slice);
    const byCustomer = new Map<string, EarningInteraction[]>();
    for (const row of interactions.all(first, last)) {
      const [customerId, id, at, amountMinor] = row as [string, string, number, number | null];
      const list = byCustomer.get(customerId);
      const interaction = { id, at, amountMinor };
      if (list) list.push(interaction);
      else byCustomer.set(customerId, [interaction]);
    }
    const ledgers = new Map<string, LedgerLite[]>();
    if (withLedger) {
      for (const row of ledger.all(first, last)) {
        const [customerId, id, kind, points, at, key] = row as [
          string,
          number,
          LedgerLite['kind'],
          number,
          number,
          string | null,
        ];
        const entry: LedgerLite = { id, kind, points, at, entry_key: key };
        const list = ledgers.get(customerId);
        if (list) list.push(entry);
        else ledgers.set(customerId, [entry]);
      }
    }
    const cache = withLedger
      ? new Map(accounts.all(first, last).map((row) => [row.customer_id, row]))
      : new Map();
    const chunk: AccountInputs[] = [];
    for (const customer of customers.all(first, last)) {
      if (!wanted.has(customer.id)) continue;
      chunk.push({
        customerId: customer.id,
        versions,
        interactions: byCustomer.get(customer.id) ?? [],
        ledger: ledgers.get(customer.id) ?? [],
        birthday: customer.birthday,
        birthdayChangedAt: customer.birthday_changed_at,
        account: cache.get(customer.id) as DbAccount | undefined,
        now,
      });
    }
    yield chunk;
  }
}
