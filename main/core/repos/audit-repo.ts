import type { AuditEntry } from '../../../shared/domain/audit.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { REDACTED_DETAILS } from '../db/audit-chain.ts';

/** An audit_log row exactly as stored. */
export interface DbAuditRow {
  seq: number;
  at: number;
  actor_staff_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  summary: string;
  details: string;
  details_nonce: string | null;
  details_digest: string;
  redacted_at: number | null;
  prev_hash: string;
  hash: string;
}

export function lastAuditLink(db: Db): { seq: number; hash: string } | undefined {
  return prepared<[], { seq: number; hash: string }>(
    db,
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  ).get();
}

export function insertAuditRow(db: Db, row: DbAuditRow): void {
  prepared(
    db,
    `INSERT INTO audit_log (seq, at, actor_staff_id, actor_label, action, subject_type, subject_id,
       customer_id, summary, details, details_nonce, details_digest, redacted_at, prev_hash, hash)
     VALUES (@seq, @at, @actor_staff_id, @actor_label, @action, @subject_type, @subject_id,
       @customer_id, @summary, @details, @details_nonce, @details_digest, @redacted_at, @prev_hash, @hash)`,
  ).run(row);
}

/**
 * Drops the values the trail holds about these customers (the one update the triggers allow);
 * the digest, and so the chain, stays. Returns how many entries were redacted.
 */
export function redactAuditOf(db: Db, customerIds: readonly string[], at: number): number {
  return prepared<{ ids: string; at: number; redacted: string }>(
    db,
    `UPDATE audit_log SET details = @redacted, details_nonce = NULL, redacted_at = @at
     WHERE redacted_at IS NULL AND customer_id IN (SELECT value FROM json_each(@ids))`,
  ).run({ ids: JSON.stringify(customerIds), at, redacted: REDACTED_DETAILS }).changes;
}

export interface AuditFilter {
  actorStaffId?: string | undefined;
  category?: string | undefined;
  customerId?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  before?: number | undefined;
}

/** The subject's name as it is now; null once the customer (or whatever it was) is gone. */
const SUBJECT_NAME = `CASE
    WHEN a.customer_id IS NOT NULL OR a.subject_type = 'customer' THEN
      (SELECT trim(c.first_name || ' ' || c.last_name) FROM customers c
       WHERE c.id = coalesce(a.customer_id, a.subject_id))
    WHEN a.subject_type = 'staff' THEN (SELECT s.display_name FROM staff s WHERE s.id = a.subject_id)
    WHEN a.subject_type = 'customField' THEN (SELECT f.name FROM custom_fields f WHERE f.id = a.subject_id)
    WHEN a.subject_type = 'role' THEN a.subject_id
  END`;

type Row = DbAuditRow & { subject_name: string | null };

function whereOf(filter: AuditFilter): { sql: string; params: Record<string, string | number> } {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.actorStaffId !== undefined) {
    clauses.push('a.actor_staff_id = @actor');
    params.actor = filter.actorStaffId;
  }
  if (filter.category !== undefined) {
    // A range on the action rather than LIKE, so the index on action is used: "customer." up to "customer/".
    clauses.push('a.action >= @categoryFrom AND a.action < @categoryTo');
    params.categoryFrom = `${filter.category}.`;
    params.categoryTo = `${filter.category}/`;
  }
  if (filter.customerId !== undefined) {
    clauses.push("(a.customer_id = @customer OR (a.subject_type = 'customer' AND a.subject_id = @customer))");
    params.customer = filter.customerId;
  }
  if (filter.from !== undefined) {
    clauses.push('a.at >= @from');
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    clauses.push('a.at <= @to');
    params.to = filter.to;
  }
  if (filter.before !== undefined) {
    clauses.push('a.seq < @before');
    params.before = filter.before;
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

export function toAuditEntry(row: Row): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorStaffId: row.actor_staff_id,
    actorLabel: row.actor_label,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    subjectName: row.subject_name,
    summary: row.summary,
    details: JSON.parse(row.details) as Record<string, unknown>,
    redacted: row.redacted_at !== null,
  };
}

/** Newest first. `limit` undefined reads every matching entry (exports). */
export function listAuditRows(db: Db, filter: AuditFilter, limit?: number): AuditEntry[] {
  const { sql, params } = whereOf(filter);
  const bounded = limit === undefined ? '' : 'LIMIT @limit';
  const statement = prepared<Record<string, string | number>, Row>(
    db,
    `SELECT a.*, ${SUBJECT_NAME} AS subject_name FROM audit_log a ${sql} ORDER BY a.seq DESC ${bounded}`,
  );
  return statement.all(limit === undefined ? params : { ...params, limit }).map(toAuditEntry);
}
