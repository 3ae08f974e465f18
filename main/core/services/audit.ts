import { randomBytes } from 'node:crypto';
import {
  AUDIT_ACTION_PATTERN,
  auditQuerySchema,
  type AuditEntry,
  type AuditQuery,
  type AuditVerification,
} from '../../../shared/domain/audit.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { chainHash, detailsDigest, GENESIS_HASH, verifyAuditChain } from '../db/audit-chain.ts';
import { AppError } from '../errors.ts';
import { insertAuditRow, lastAuditLink, listAuditRows, type DbAuditRow } from '../repos/audit-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { actorLabel } from './actor.ts';

/** One line of the audit trail, as a service hands it over. */
export interface AuditRecord {
  /** "customer.update": a category, a dot, a verb (see AUDIT_CATEGORY_LABELS). */
  action: string;
  /** What it happened to: 'customer', 'interaction', 'staff', 'settings', 'import'… */
  subjectType: string;
  subjectId: string;
  /**
   * The customer whose values `details` holds: erasing that customer removes them from the
   * trail. Leave it out only when the details hold no customer's personal data.
   */
  customerId?: string | null;
  /** What happened, in words, WITHOUT personal values: it survives an erase ("Edited customer: phone"). */
  summary: string;
  /** The values: `{ changes: [{ field, old, new }] }` for edits, or whatever else tells the story. */
  details?: Record<string, unknown>;
}

/**
 * Appends an entry for whoever is signed in (or the host, "CLI (alice)"). Call it inside the
 * transaction of the change it records, so both are saved or neither is; outside one it opens
 * its own. Services of other issues (import, export, loyalty) call it the same way.
 */
export function recordAudit(ctx: CoreContext, record: AuditRecord): void {
  appendAudit(ctx.db, actorLabel(ctx), ctx.now(), record);
}

/** Who an entry names: a staff member (by id and name at the time), or a host like "CLI (alice)". */
export interface AuditActor {
  staffId: string | null;
  label: string;
}

/**
 * recordAudit on a given connection, for work that runs on a connection of its own (an import
 * job): the entry joins that connection's transaction, so it is saved with the change or not at all.
 */
export function appendAudit(db: Db, actor: AuditActor, at: number, record: AuditRecord): void {
  if (!AUDIT_ACTION_PATTERN.test(record.action)) {
    throw new Error(`Audit action "${record.action}" must look like "category.verb".`);
  }
  const write = () => {
    const last = lastAuditLink(db);
    const nonce = randomBytes(16).toString('hex');
    const details = JSON.stringify(record.details ?? {});
    const row: DbAuditRow = {
      seq: (last?.seq ?? 0) + 1,
      at,
      actor_staff_id: actor.staffId,
      actor_label: actor.label,
      action: record.action,
      subject_type: record.subjectType,
      subject_id: record.subjectId,
      customer_id: record.customerId ?? null,
      summary: record.summary,
      details,
      details_nonce: nonce,
      details_digest: detailsDigest(nonce, details),
      redacted_at: null,
      prev_hash: last?.hash ?? GENESIS_HASH,
      hash: '',
    };
    row.hash = chainHash(row.prev_hash, row);
    insertAuditRow(db, row);
  };
  if (db.inTransaction) write();
  else db.transaction(write)();
}

export function listAudit(ctx: CoreContext, input: AuditQuery): { items: AuditEntry[]; hasMore: boolean } {
  const query = parseOrThrow(auditQuerySchema, input);
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new AppError('invalid_input', 'to: must not be before from', 'to');
  }
  // One more than asked tells whether there is a next page without counting the whole trail.
  const rows = listAuditRows(ctx.db, query, query.limit + 1);
  return { items: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

export function verifyAudit(ctx: CoreContext): AuditVerification {
  return verifyAuditChain(ctx.db);
}
