import { hash } from 'node:crypto';
import type { AuditVerification } from '../../../shared/domain/audit.ts';
import type { Db } from './open.ts';

/** The previous hash of the very first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** Erased details: the redaction trigger allows exactly this value, and only once. */
export const REDACTED_DETAILS = '{}';

// The one-shot hash: about twice as fast as createHash() for rows this small, which the chain walk feels.
const sha256 = (text: string) => hash('sha256', text, 'hex');

/** Covers a random nonce with the details, so the digest left after an erase confirms no guess. */
export function detailsDigest(nonce: string, details: string): string {
  return sha256(`${nonce}\n${details}`);
}

/** The columns the chain covers: everything but the details themselves, which the digest stands for. */
export interface ChainedFields {
  seq: number;
  at: number;
  actor_staff_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  summary: string;
  details_digest: string;
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  const fields = [
    row.seq,
    row.at,
    row.actor_staff_id,
    row.actor_label,
    row.action,
    row.subject_type,
    row.subject_id,
    row.customer_id,
    row.summary,
    row.details_digest,
  ];
  return sha256(`${prevHash}\n${JSON.stringify(fields)}`);
}

interface StoredRow extends ChainedFields {
  details: string;
  details_nonce: string | null;
  redacted_at: number | null;
  prev_hash: string;
  hash: string;
}

/** Stop listing after this many: a rewritten table would otherwise print one line per row. */
const MAX_PROBLEMS = 20;

/**
 * Walks the whole trail in order and recomputes every link: a row changed, removed, inserted or
 * reordered breaks the chain at that row. Details still present must match their digest;
 * erased ones must be exactly the redaction marker.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  const hasTable = db
    .prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'audit_log'")
    .get();
  if (!hasTable?.n) return { ok: true, rows: 0, problems: [] };
  const problems: string[] = [];
  let rows = 0;
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  const statement = db.prepare<[], StoredRow>('SELECT * FROM audit_log ORDER BY seq');
  for (const row of statement.iterate()) {
    rows++;
    if (problems.length >= MAX_PROBLEMS) continue;
    const where = `audit entry ${row.seq}`;
    if (row.seq !== expectedSeq)
      problems.push(`${where}: expected entry ${expectedSeq} here; entries are missing`);
    if (row.prev_hash !== expectedPrev) problems.push(`${where}: does not follow the entry before it`);
    if (chainHash(row.prev_hash, row) !== row.hash)
      problems.push(`${where}: was changed after it was written`);
    if (row.redacted_at === null) {
      if (
        row.details_nonce === null ||
        detailsDigest(row.details_nonce, row.details) !== row.details_digest
      ) {
        problems.push(`${where}: its details were changed after they were written`);
      }
    } else if (row.details !== REDACTED_DETAILS || row.details_nonce !== null) {
      problems.push(`${where}: was erased, yet still holds values`);
    }
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
  }
  if (problems.length >= MAX_PROBLEMS) problems.push('…and possibly more; the first problems are listed');
  return { ok: problems.length === 0, rows, problems };
}
