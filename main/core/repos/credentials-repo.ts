import type { CredentialState } from '../../../shared/domain/auth.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/** A staff_credentials row exactly as stored. */
export interface DbCredential {
  staff_id: string;
  kind: 'pin' | 'password';
  algorithm: string;
  key_id: string;
  salt: Buffer;
  hash: Buffer;
  set_at: number;
  failed_attempts: number;
  locked_until: number | null;
}

export function findCredential(db: Db, staffId: string): DbCredential | undefined {
  return prepared<[string], DbCredential>(db, 'SELECT * FROM staff_credentials WHERE staff_id = ?').get(
    staffId,
  );
}

/** A new PIN starts with a clean slate: no wrong attempts, no lockout. */
export function writeCredential(db: Db, row: Omit<DbCredential, 'failed_attempts' | 'locked_until'>): void {
  prepared(
    db,
    `INSERT INTO staff_credentials (staff_id, kind, algorithm, key_id, salt, hash, set_at, failed_attempts, locked_until)
     VALUES (@staff_id, @kind, @algorithm, @key_id, @salt, @hash, @set_at, 0, NULL)
     ON CONFLICT (staff_id) DO UPDATE SET kind = excluded.kind, algorithm = excluded.algorithm,
       key_id = excluded.key_id, salt = excluded.salt, hash = excluded.hash, set_at = excluded.set_at,
       failed_attempts = 0, locked_until = NULL`,
  ).run(row);
}

export function writeAttempts(
  db: Db,
  staffId: string,
  failedAttempts: number,
  lockedUntil: number | null,
): void {
  prepared(db, 'UPDATE staff_credentials SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?').run(
    failedAttempts,
    lockedUntil,
    staffId,
  );
}

export function countCredentials(db: Db): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM staff_credentials').get()?.n ?? 0;
}

/** The key ids PINs were made with; more than one, or another than the file's, means a replaced key. */
export function credentialKeyIds(db: Db): string[] {
  return prepared<[], { key_id: string }>(db, 'SELECT DISTINCT key_id FROM staff_credentials')
    .all()
    .map((row) => row.key_id);
}

/** Only for a new key (regulars staff set-pin --new-key): PINs made with the lost one are useless. */
export function deleteAllCredentials(db: Db): number {
  return prepared(db, 'DELETE FROM staff_credentials').run().changes;
}

/** A lockout that has run out reads as none. */
export function toCredentialState(row: DbCredential, now: number): CredentialState {
  const locked = row.locked_until !== null && row.locked_until > now;
  return {
    staffId: row.staff_id,
    secretKind: row.kind,
    lockedUntil: locked ? row.locked_until : null,
    failedAttempts: row.failed_attempts,
  };
}

export function listCredentialRows(db: Db): DbCredential[] {
  return prepared<[], DbCredential>(db, 'SELECT * FROM staff_credentials ORDER BY staff_id').all();
}

/** Is there an active owner who can sign in? Until there is, the app offers to create one. */
export function hasOwnerWhoCanSignIn(db: Db): boolean {
  return (
    (prepared<[], { n: number }>(
      db,
      `SELECT count(*) AS n FROM staff s JOIN staff_credentials c ON c.staff_id = s.id
       WHERE s.role = 'owner' AND s.active = 1`,
    ).get()?.n ?? 0) > 0
  );
}
