import { verifyAuditChain } from './audit-chain.ts';
import type { Db } from './open.ts';

export interface CheckReport {
  ok: boolean;
  problems: string[];
}

/** Rows that point at a row that is not there, in words. */
export function foreignKeyProblems(db: Db): string[] {
  const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return orphans.map(
    (orphan) => `${orphan.table} row ${orphan.rowid} points at a missing ${orphan.parent} row`,
  );
}

/** The full integrity check, foreign keys and the audit trail's hash chain: what `regulars check` reports. */
export function checkDatabase(db: Db): CheckReport {
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  problems.push(...foreignKeyProblems(db));
  problems.push(...verifyAuditChain(db).problems);
  return { ok: problems.length === 0, problems };
}
