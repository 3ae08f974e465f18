import type { CredentialState } from '../../../shared/domain/auth.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import {
  countCredentials,
  credentialKeyIds,
  findCredential,
  listCredentialRows,
  toCredentialState,
  writeAttempts,
  writeCredential,
} from '../repos/credentials-repo.ts';
import { findStaffRow, type DbStaff } from '../repos/staff-repo.ts';
import { recordAudit } from './audit.ts';
import { assertMayManage } from './owner-guard.ts';
import { createPinKey, keyPathFor, missingKeyError, readPinKey, type PinKey } from './pin-key.ts';
import { hashSecret, type HashedSecret } from './secret-hash.ts';

/** The key to check a PIN with; missing or replaced, the owner must be told, never a silent reset. */
export function keyToVerify(ctx: CoreContext): PinKey {
  const path = keyPathFor(ctx.databasePath);
  const key = readPinKey(path);
  if (!key) throw missingKeyError(path);
  return key;
}

/**
 * The key to make a new PIN with. It is created with the very first PIN; once PINs exist, a
 * missing key is an error, as a new one would quietly make every other PIN useless.
 */
export function keyToSet(ctx: CoreContext): PinKey {
  const path = keyPathFor(ctx.databasePath);
  const key = readPinKey(path);
  if (key) {
    if (credentialKeyIds(ctx.db).some((id) => id !== key.id)) throw replacedKeyError(path);
    return key;
  }
  if (countCredentials(ctx.db) > 0) throw missingKeyError(path);
  return createPinKey(path);
}

function replacedKeyError(path: string): AppError {
  return new AppError(
    'conflict',
    `The key file ${path} is not the one the existing PINs were made with. Put back the original ` +
      'regulars.key, or reset the PINs from the command line: regulars staff set-pin <owner> --new-key.',
  );
}

function staffOrThrow(ctx: CoreContext, staffId: string): DbStaff {
  const row = findStaffRow(ctx.db, staffId);
  if (!row) throw notFound('staff member', staffId);
  return row;
}

/** Saves an already hashed secret (the hash is made before, outside any transaction). */
export function storeSecret(ctx: CoreContext, staffId: string, hashed: HashedSecret): CredentialState {
  ctx.db.transaction(() => {
    const target = staffOrThrow(ctx, staffId);
    const had = findCredential(ctx.db, staffId) !== undefined;
    writeCredential(ctx.db, {
      staff_id: staffId,
      kind: hashed.kind,
      algorithm: hashed.algorithm,
      key_id: hashed.keyId,
      salt: hashed.salt,
      hash: hashed.hash,
      set_at: ctx.now(),
    });
    recordAudit(ctx, {
      action: had ? 'auth.secretReset' : 'auth.secretSet',
      subjectType: 'staff',
      subjectId: staffId,
      summary: `${had ? 'Reset' : 'Set'} the ${hashed.kind === 'pin' ? 'PIN' : 'password'} of ${target.display_name}`,
    });
  })();
  ctx.emit('staff:changed', {});
  return credentialStateOf(ctx, staffId);
}

/** Settings › Staff: sets or resets someone's PIN or password. */
export async function setStaffSecret(
  ctx: CoreContext,
  input: { staffId: string; secret: string },
): Promise<CredentialState> {
  const target = staffOrThrow(ctx, input.staffId);
  assertMayManage(ctx, target, 'set the PIN');
  if (target.active !== 1) {
    throw new AppError(
      'conflict',
      `${target.display_name} is no longer active; reactivate them first.`,
      'staffId',
    );
  }
  const hashed = await hashSecret(input.secret, keyToSet(ctx));
  return storeSecret(ctx, input.staffId, hashed);
}

export function credentialStateOf(ctx: CoreContext, staffId: string): CredentialState {
  const row = findCredential(ctx.db, staffId);
  return row
    ? toCredentialState(row, ctx.now())
    : { staffId, secretKind: null, lockedUntil: null, failedAttempts: 0 };
}

export function listCredentialStates(ctx: CoreContext): CredentialState[] {
  const now = ctx.now();
  return listCredentialRows(ctx.db).map((row) => toCredentialState(row, now));
}

/** The owner lifts a lockout early. */
export function unlockStaff(ctx: CoreContext, staffId: string): CredentialState {
  ctx.db.transaction(() => {
    const target = staffOrThrow(ctx, staffId);
    assertMayManage(ctx, target, 'unlock the PIN');
    const row = findCredential(ctx.db, staffId);
    if (!row) throw new AppError('conflict', `${target.display_name} has no PIN yet, so nothing is locked.`);
    writeAttempts(ctx.db, staffId, 0, null);
    recordAudit(ctx, {
      action: 'auth.unlock',
      subjectType: 'staff',
      subjectId: staffId,
      summary: `Unlocked ${target.display_name}`,
    });
  })();
  ctx.emit('staff:changed', {});
  return credentialStateOf(ctx, staffId);
}
