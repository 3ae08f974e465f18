import type { EarningInteraction } from '../../../shared/domain/loyalty/earning.ts';
import {
  sortVersions,
  type LoyaltyProgram,
  type ProgramVersion,
} from '../../../shared/domain/loyalty/program.ts';
import type { LedgerKind } from '../../../shared/domain/loyalty/status.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

export interface DbProgramVersion {
  version: number;
  effective_from: number;
  definition: string;
  created_at: number;
  created_by: string | null;
}

export interface DbLedgerRow {
  id: number;
  customer_id: string;
  kind: LedgerKind;
  points: number;
  at: number;
  entry_key: string | null;
  interaction_id: string | null;
  reward_id: string | null;
  reward_name: string | null;
  reason: string;
  staff_id: string | null;
  recorded_at: number;
}

export type LedgerInsert = Omit<DbLedgerRow, 'id'>;

export interface DbAccount {
  customer_id: string;
  balance: number;
  tier_rank: number;
  tier_name: string | null;
  due_at: number | null;
  updated_at: number;
  /** What the derived ledger rows add up to, key by key (ledgerDigest); null: unknown, read the rows. */
  ledger_digest: number | null;
}

/** The rows of interactions_earning (migration 40): live visits and purchases that may earn. */
export const EARNING_WHERE = `deleted_at IS NULL AND earns_points = 1 AND kind IN ('visit', 'purchase')`;

const versionCache = new WeakMap<Db, { latest: number; versions: ProgramVersion[] }>();

/** Every program version, sorted by when it takes effect. Versions never change, so a cache keyed by the latest number is exact. */
export function readVersions(db: Db): ProgramVersion[] {
  const latest =
    prepared<[], { v: number | null }>(db, 'SELECT max(version) AS v FROM loyalty_programs').get()?.v ?? 0;
  const cached = versionCache.get(db);
  if (cached && cached.latest === latest) return cached.versions;
  const versions = sortVersions(
    readVersionRows(db).map((row) => ({
      version: row.version,
      effectiveFrom: row.effective_from,
      program: JSON.parse(row.definition) as LoyaltyProgram,
    })),
  );
  versionCache.set(db, { latest, versions });
  return versions;
}

export function readVersionRows(db: Db): DbProgramVersion[] {
  return prepared<[], DbProgramVersion>(db, 'SELECT * FROM loyalty_programs ORDER BY version').all();
}

export function insertVersion(db: Db, row: Omit<DbProgramVersion, 'version'>): number {
  const result = prepared(
    db,
    `INSERT INTO loyalty_programs (effective_from, definition, created_at, created_by)
     VALUES (@effective_from, @definition, @created_at, @created_by)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function readEarningInteractions(db: Db, customerId: string): EarningInteraction[] {
  return prepared<[string], EarningInteraction>(
    db,
    `SELECT id, occurred_at AS at, amount_minor AS amountMinor FROM interactions INDEXED BY interactions_earning
     WHERE customer_id = ? AND ${EARNING_WHERE} ORDER BY occurred_at, id`,
  ).all(customerId);
}

export function readLedger(db: Db, customerId: string): DbLedgerRow[] {
  return prepared<[string], DbLedgerRow>(
    db,
    'SELECT * FROM loyalty_ledger WHERE customer_id = ? ORDER BY at, id',
  ).all(customerId);
}

/** A customer's decisions (redeem, adjust, bonus) with what a replay reads, through their own covering index. */
export function readDecisions(
  db: Db,
  customerId: string,
): Pick<DbLedgerRow, 'id' | 'kind' | 'points' | 'at' | 'entry_key'>[] {
  return prepared<[string], Pick<DbLedgerRow, 'id' | 'kind' | 'points' | 'at' | 'entry_key'>>(
    db,
    `SELECT id, kind, points, at, entry_key FROM loyalty_ledger INDEXED BY loyalty_ledger_decisions
     WHERE customer_id = ? AND kind IN ('redeem', 'adjust', 'bonus') ORDER BY at, id`,
  ).all(customerId);
}

export function insertLedgerRow(db: Db, row: LedgerInsert): number {
  const result = prepared(
    db,
    `INSERT INTO loyalty_ledger (customer_id, kind, points, at, entry_key, interaction_id, reward_id, reward_name,
       reason, staff_id, recorded_at)
     VALUES (@customer_id, @kind, @points, @at, @entry_key, @interaction_id, @reward_id, @reward_name,
       @reason, @staff_id, @recorded_at)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

/** The balance the ledger holds at an instant: the sum of every row that counts by then. */
export function ledgerBalance(db: Db, customerId: string, at: number): number {
  return (
    prepared<[string, number], { total: number | null }>(
      db,
      'SELECT sum(points) AS total FROM loyalty_ledger WHERE customer_id = ? AND at <= ?',
    ).get(customerId, at)?.total ?? 0
  );
}

export function readAccount(db: Db, customerId: string): DbAccount | undefined {
  return prepared<[string], DbAccount>(db, 'SELECT * FROM loyalty_accounts WHERE customer_id = ?').get(
    customerId,
  );
}

export function writeAccount(db: Db, account: DbAccount): void {
  prepared(
    db,
    `INSERT INTO loyalty_accounts (customer_id, balance, tier_rank, tier_name, due_at, updated_at, ledger_digest)
     VALUES (@customer_id, @balance, @tier_rank, @tier_name, @due_at, @updated_at, @ledger_digest)
     ON CONFLICT (customer_id) DO UPDATE SET balance = excluded.balance, tier_rank = excluded.tier_rank,
       tier_name = excluded.tier_name, due_at = excluded.due_at, updated_at = excluded.updated_at,
       ledger_digest = excluded.ledger_digest`,
  ).run(account);
}

export interface TierChangeInsert {
  customer_id: string;
  at: number;
  from_rank: number;
  from_name: string | null;
  to_rank: number;
  to_name: string | null;
  reason: string;
}

export function insertTierChange(db: Db, change: TierChangeInsert): void {
  prepared(
    db,
    `INSERT INTO loyalty_tier_changes (customer_id, at, from_rank, from_name, to_rank, to_name, reason)
     VALUES (@customer_id, @at, @from_rank, @from_name, @to_rank, @to_name, @reason)`,
  ).run(change);
}

export function readTierChanges(db: Db, customerId: string, limit: number): TierChangeInsert[] {
  return prepared<[string, number], TierChangeInsert>(
    db,
    'SELECT * FROM loyalty_tier_changes WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?',
  ).all(customerId, limit);
}

/** Customers whose cached status may have changed by time passing alone. */
export function dueAccounts(db: Db, now: number): string[] {
  return prepared<[number], { customer_id: string }>(
    db,
    `SELECT a.customer_id FROM loyalty_accounts a JOIN customers c ON c.id = a.customer_id
     WHERE a.due_at <= ? AND c.deleted_at IS NULL`,
  )
    .all(now)
    .map((row) => row.customer_id);
}
