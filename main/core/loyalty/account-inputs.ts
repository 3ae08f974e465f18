import type { DatedSpend, EarningInteraction } from '../../../shared/domain/loyalty/earning.ts';
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

type LedgerTuple = [string, number, LedgerLite['kind'], number, number, string | null];

/** Groups a range read's [customer_id, id, kind, points, at, entry_key] rows by customer. */
function groupLedger(rows: unknown[][], into: Map<string, LedgerLite[]>, only?: ReadonlySet<string>): void {
  for (const row of rows) {
    const [customerId, id, kind, points, at, key] = row as LedgerTuple;
    if (only && !only.has(customerId)) continue;
    const entry: LedgerLite = { id, kind, points, at, entry_key: key };
    const list = into.get(customerId);
    if (list) list.push(entry);
    else into.set(customerId, [entry]);
  }
}

/**
 * Customers per range read: enough that a query's cost is spread thin, few enough that a chunk's
 * objects die young (a full recompute spent a tenth of its time collecting bigger ones).
 */
const CHUNK = 500;

/** Below this many customers of a chunk without a digest, their ledgers are read one by one. */
const POINT_READS_UP_TO = 16;

/**
 * Reads the inputs of many customers a chunk at a time: one range query per table per chunk
 * (interactions through the covering interactions_earning index), never one query per customer.
 * Of the ledger it reads only the decisions (redeem, adjust, bonus) of customers whose account
 * has a digest of the rest, and every row of the others (a first fill, an account a merge touched).
 */
export function* readAccountChunks(
  db: Db,
  ids: readonly string[],
  versions: readonly ProgramVersion[],
  now: number,
  options: { chunk?: number } = {},
): Generator<AccountInputs[]> {
  const size = options.chunk ?? CHUNK;
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
  const decisions = prepared<[string, string], unknown[]>(
    db,
    `SELECT customer_id, id, kind, points, at, entry_key FROM loyalty_ledger INDEXED BY loyalty_ledger_decisions
     WHERE customer_id BETWEEN ? AND ? AND kind IN ('redeem', 'adjust', 'bonus') ORDER BY customer_id, at, id`,
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
    const byCustomer = readInteractionRange(interactions, first, last);
    const cache = new Map(accounts.all(first, last).map((row) => [row.customer_id, row]));
    const undigested = slice.filter((id) => (cache.get(id)?.ledger_digest ?? null) === null);
    const ledgers = new Map<string, LedgerLite[]>();
    groupLedger(decisions.all(first, last), ledgers);
    const whole = new Map<string, LedgerLite[]>();
    if (undigested.length > POINT_READS_UP_TO)
      groupLedger(ledger.all(first, last), whole, new Set(undigested));
    else for (const id of undigested) whole.set(id, readLedger(db, id));
    const chunk: AccountInputs[] = [];
    for (const customer of customers.all(first, last)) {
      if (!wanted.has(customer.id)) continue;
      const account = cache.get(customer.id);
      const digested = (account?.ledger_digest ?? null) !== null;
      chunk.push({
        customerId: customer.id,
        versions,
        interactions: byCustomer.get(customer.id) ?? [],
        ledger: (digested ? ledgers : whole).get(customer.id) ?? [],
        ledgerRows: digested ? 'decisions' : 'all',
        birthday: customer.birthday,
        birthdayChangedAt: customer.birthday_changed_at,
        account,
        now,
      });
    }
    yield chunk;
  }
}

/** One range read of the earning interactions, grouped by customer, oldest first. */
function readInteractionRange(
  statement: { all(first: string, last: string): unknown[] },
  first: string,
  last: string,
): Map<string, EarningInteraction[]> {
  const byCustomer = new Map<string, EarningInteraction[]>();
  // Rows come customer by customer: a new list starts where the customer changes.
  let current = '';
  let list: EarningInteraction[] = [];
  for (const row of statement.all(first, last)) {
    const [customerId, id, at, amountMinor] = row as [string, string, number, number | null];
    if (customerId !== current) {
      current = customerId;
      list = [];
      byCustomer.set(customerId, list);
    }
    list.push({ id, at, amountMinor });
  }
  return byCustomer;
}

/**
 * The earning interactions of many customers, a chunk at a time, with nothing else (not even
 * their ids): what a tier preview reads. Customers without any come too, with an empty list.
 */
export function* readSpendChunks(
  db: Db,
  ids: readonly string[],
  options: { chunk?: number } = {},
): Generator<{ customerId: string; interactions: DatedSpend[] }[]> {
  const size = options.chunk ?? CHUNK;
  const interactions = prepared<[string, string], unknown[]>(
    db,
    `SELECT customer_id, occurred_at, amount_minor FROM interactions INDEXED BY interactions_earning
     WHERE customer_id BETWEEN ? AND ? AND ${EARNING_WHERE} ORDER BY customer_id, occurred_at, id`,
  ).raw(true);
  for (let start = 0; start < ids.length; start += size) {
    const slice = ids.slice(start, start + size);
    const first = slice[0];
    const last = slice.at(-1);
    if (first === undefined || last === undefined) continue;
    const byCustomer = new Map<string, DatedSpend[]>();
    let current = '';
    let list: DatedSpend[] = [];
    for (const row of interactions.all(first, last)) {
      const [customerId, at, amountMinor] = row as [string, number, number | null];
      if (customerId !== current) {
        current = customerId;
        list = [];
        byCustomer.set(customerId, list);
      }
      list.push({ at, amountMinor });
    }
    yield slice.map((customerId) => ({ customerId, interactions: byCustomer.get(customerId) ?? [] }));
  }
}
