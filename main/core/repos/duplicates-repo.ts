import type { CustomerSummary } from '../../../shared/domain/customer.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { SUMMARY_COLUMNS } from './customers-repo.ts';
import { toCustomerSummary, type DbCustomerSummary } from './customer-rows.ts';

/** What the duplicate rules read of a customer: the name and the contact details. */
export interface DbDuplicateRow {
  id: string;
  first_name: string;
  last_name: string;
  sort_name: string;
  phone_digits: string;
  phone_e164: string;
  email: string;
}

const COLUMNS = 'c.id, c.first_name, c.last_name, c.sort_name, c.phone_digits, c.phone_e164, c.email';

// Each lookup below goes through an index (checked by EXPLAIN QUERY PLAN in the tests): the
// warning runs on every keystroke of the customer form, at 100k customers.

/**
 * Live customers whose phone ends in these nine digits: the trigram index finds the run of
 * digits anywhere in the number, the suffix check keeps those where it is the end.
 */
export function findByPhoneSuffix(db: Db, key: string, limit: number): DbDuplicateRow[] {
  return prepared<{ match: string; key: string; limit: number }, DbDuplicateRow>(
    db,
    `SELECT ${COLUMNS} FROM customers_search s JOIN customers c ON c.seq = s.rowid
     WHERE customers_search MATCH @match AND c.deleted_at IS NULL AND substr(c.phone_digits, -9) = @key
     LIMIT @limit`,
  ).all({ match: `phone_digits : "${key}"`, key, limit });
}

/** Numbers of seven or eight digits match only the very same digits (too short for the trigram suffix). */
export function findByPhoneDigits(db: Db, digits: string, limit: number): DbDuplicateRow[] {
  return prepared<{ digits: string; limit: number }, DbDuplicateRow>(
    db,
    `SELECT ${COLUMNS} FROM customers c
     WHERE c.phone_digits = @digits AND c.phone_digits <> '' AND c.deleted_at IS NULL LIMIT @limit`,
  ).all({ digits, limit });
}

export function findByE164(db: Db, e164: string, limit: number): DbDuplicateRow[] {
  return prepared<{ e164: string; limit: number }, DbDuplicateRow>(
    db,
    `SELECT ${COLUMNS} FROM customers c
     WHERE c.phone_e164 = @e164 AND c.phone_e164 <> '' AND c.deleted_at IS NULL LIMIT @limit`,
  ).all({ e164, limit });
}

export function findByEmail(db: Db, email: string, limit: number): DbDuplicateRow[] {
  return prepared<{ email: string; limit: number }, DbDuplicateRow>(
    db,
    `SELECT ${COLUMNS} FROM customers c
     WHERE c.email = @email COLLATE NOCASE AND c.email <> '' AND c.deleted_at IS NULL LIMIT @limit`,
  ).all({ email, limit });
}

/**
 * The distinct sort names ("last first", folded) starting with the prefix, read from the index
 * alone: cheap enough to look at a few thousand per keystroke and pick the few worth fetching.
 */
export function distinctSortNames(db: Db, prefix: string, limit: number): string[] {
  return prepared<{ low: string; high: string; limit: number }, { sort_name: string }>(
    db,
    `SELECT DISTINCT sort_name FROM customers INDEXED BY customers_by_sort_name
     WHERE sort_name >= @low AND sort_name < @high AND deleted_at IS NULL LIMIT @limit`,
  )
    .all({ low: prefix, high: `${prefix}\uffff`, limit })
    .map((row) => row.sort_name);
}

export function findBySortNames(db: Db, sortNames: readonly string[], limit: number): DbDuplicateRow[] {
  return prepared<{ names: string; limit: number }, DbDuplicateRow>(
    db,
    `SELECT ${COLUMNS} FROM customers c INDEXED BY customers_by_sort_name
     WHERE c.sort_name IN (SELECT value FROM json_each(@names)) AND c.deleted_at IS NULL LIMIT @limit`,
  ).all({ names: JSON.stringify(sortNames), limit });
}

/**
 * Every live customer as [seq, first name, last name, phone digits, E.164, e-mail]: the
 * whole-base scan reads 100k of these, so no more columns than the rules need, and the integer
 * seq rather than the id (turning text into JS strings is most of the cost).
 */
export type DuplicateTuple = [
  seq: number,
  firstName: string,
  lastName: string,
  phoneDigits: string,
  phoneE164: string,
  email: string,
];

export function allLiveForScan(db: Db): DuplicateTuple[] {
  return prepared<[], DuplicateTuple>(
    db,
    // NOT INDEXED: left alone, SQLite walks a partial index on deleted_at and fetches each row by
    // rowid, twice the time of reading the table straight through.
    `SELECT seq, first_name, last_name, phone_digits, phone_e164, email FROM customers NOT INDEXED
     WHERE deleted_at IS NULL`,
  )
    .raw(true)
    .all();
}

/** Summaries by seq, for the pairs a scan found. */
export function summariesBySeq(db: Db, seqs: readonly number[]): Map<number, CustomerSummary> {
  const rows = prepared<[string], DbCustomerSummary & { seq: number }>(
    db,
    `SELECT c.seq, ${SUMMARY_COLUMNS} FROM customers c WHERE c.seq IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(seqs));
  return new Map(rows.map((row) => [row.seq, toCustomerSummary(row)]));
}

export function summariesByIds(db: Db, ids: readonly string[]): Map<string, CustomerSummary> {
  const rows = prepared<[string], DbCustomerSummary>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.id, toCustomerSummary(row)]));
}

/** Dismissed pairs as "seqA|seqB", smaller seq first, for the scan to skip. */
export function dismissedSeqPairs(db: Db): Set<string> {
  const rows = prepared<[], { a: number; b: number }>(
    db,
    `SELECT min(a.seq, b.seq) AS a, max(a.seq, b.seq) AS b FROM duplicate_dismissals d
     JOIN customers a ON a.id = d.a_id JOIN customers b ON b.id = d.b_id`,
  ).all();
  return new Set(rows.map((row) => `${row.a}|${row.b}`));
}

export function insertDismissal(db: Db, aId: string, bId: string, now: number): void {
  prepared(
    db,
    'INSERT INTO duplicate_dismissals (a_id, b_id, dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(aId, bId, now);
}

/** The ids among these that belong to live customers. */
export function liveIds(db: Db, ids: readonly string[]): Set<string> {
  const rows = prepared<[string], { id: string }>(
    db,
    `SELECT id FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  ).all(JSON.stringify(ids));
  return new Set(rows.map((row) => row.id));
}
