import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, type AuthStatus } from '../../../shared/domain/auth.ts';
import type { StaffInput } from '../../../shared/domain/staff.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import {
  findCredential,
  hasOwnerWhoCanSignIn,
  writeAttempts,
  type DbCredential,
} from '../repos/credentials-repo.ts';
import { findStaffRow, type DbStaff } from '../repos/staff-repo.ts';
import { resolveActor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { getAuthStatus } from './auth-status.ts';
import { keyToSet, keyToVerify, storeSecret } from './credentials.ts';
import { hashSecret, secretMatches } from './secret-hash.ts';
import { setCurrentStaffId } from './session.ts';
import { createStaff } from './staff.ts';

const MINUTE = 60_000;

const secretWord = (credential: DbCredential) => (credential.kind === 'pin' ? 'PIN' : 'password');

function lockedMessage(staff: DbStaff, credential: DbCredential, lockedUntil: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil - now) / MINUTE));
  return (
    `${staff.display_name} is locked out after ${MAX_FAILED_SIGN_INS} wrong ${secretWord(credential)}s; ` +
    `try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the owner to unlock.`
  );
}

/**
 * Checks a PIN, counting wrong ones in the database: the fifth in a row locks the person out for
 * five minutes, across restarts. The slow hash runs off the main thread; one guess per person at
 * a time, so a burst of parallel guesses cannot slip past the count.
 */
async function checkSecret(ctx: CoreContext, staff: DbStaff, secret: string): Promise<void> {
  const credential = findCredential(ctx.db, staff.id);
  if (!credential) {
    throw new AppError(
      'conflict',
      `${staff.display_name} has no PIN yet; the owner sets one in Settings › Staff.`,
      'staffId',
    );
  }
  const now = ctx.now();
  if (credential.locked_until !== null && credential.locked_until > now) {
    throw new AppError(
      'forbidden',
      lockedMessage(staff, credential, credential.locked_until, now),
      'staffId',
    );
  }
  if (ctx.session.checking.has(staff.id)) {
    throw new AppError(
      'conflict',
      `A PIN for ${staff.display_name} is already being checked; wait a moment.`,
    );
  }
  ctx.session.checking.add(staff.id);
  let matches: boolean;
  try {
    matches = await secretMatches(secret, credential, keyToVerify(ctx));
  } finally {
    ctx.session.checking.delete(staff.id);
  }
  const at = ctx.now();
  const { outcome, failures } = ctx.db.transaction(
    (): { outcome: 'ok' | 'wrong' | 'locked'; failures: number } => {
      const fresh = findCredential(ctx.db, staff.id);
      if (!fresh?.hash.equals(credential.hash)) {
        throw new AppError('conflict', `The PIN of ${staff.display_name} was just changed; try again.`);
      }
      if (matches) {
        if (fresh.failed_attempts !== 0 || fresh.locked_until !== null)
          writeAttempts(ctx.db, staff.id, 0, null);
        return { outcome: 'ok', failures: 0 };
      }
      const failures = fresh.failed_attempts + 1;
      const locks = failures >= MAX_FAILED_SIGN_INS;
      writeAttempts(ctx.db, staff.id, locks ? 0 : failures, locks ? at + LOCKOUT_MINUTES * MINUTE : null);
      recordAudit(ctx, {
        action: 'auth.signInFailed',
        subjectType: 'staff',
        subjectId: staff.id,
        summary: `Wrong ${secretWord(fresh)} for ${staff.display_name} (${failures} in a row)`,
      });
      if (locks) {
        recordAudit(ctx, {
          action: 'auth.lockedOut',
          subjectType: 'staff',
          subjectId: staff.id,
          summary: `Locked ${staff.display_name} out for ${LOCKOUT_MINUTES} minutes`,
        });
      }
      return { outcome: locks ? 'locked' : 'wrong', failures };
    },
  )();
  if (outcome === 'ok') return;
  ctx.emit('staff:changed', {});
  if (outcome === 'locked') {
    ctx.emit('auth:changed', {});
    throw new AppError(
      'forbidden',
      `Wrong ${secretWord(credential)}: ${staff.display_name} is now locked out for ${LOCKOUT_MINUTES} minutes (the owner can unlock sooner).`,
      'secret',
    );
  }
  const left = MAX_FAILED_SIGN_INS - failures;
  throw new AppError(
    'invalid_input',
    `secret: wrong ${secretWord(credential)} for ${staff.display_name}; ${left} more ${left === 1 ? 'try' : 'tries'} before a ${LOCKOUT_MINUTES}-minute lockout`,
    'secret',
  );
}

function activeStaff(ctx: CoreContext, staffId: string): DbStaff {
  const staff = findStaffRow(ctx.db, staffId);
  if (!staff) throw notFound('staff member', staffId);
  if (staff.active !== 1) {
    throw new AppError(
      'forbidden',
      `${staff.display_name} is no longer active and cannot sign in.`,
      'staffId',
    );
  }
  return staff;
}

/** Signs in, or switches the counter to, a staff member whose PIN checks out. */
export async function signIn(
  ctx: CoreContext,
  input: { staffId: string; secret: string },
): Promise<AuthStatus> {
  const staff = activeStaff(ctx, input.staffId);
  await checkSecret(ctx, staff, input.secret);
  const previous = resolveActor(ctx);
  ctx.db.transaction(() => {
    setCurrentStaffId(ctx, staff.id);
    const switched =
      previous !== null && previous.staffId !== staff.id ? ` (after ${previous.displayName})` : '';
    recordAudit(ctx, {
      action: 'auth.signIn',
      subjectType: 'staff',
      subjectId: staff.id,
      summary: `${staff.display_name} signed in${switched}`,
    });
  })();
  return getAuthStatus(ctx);
}

/** Someone signed in changes their own PIN, proving they know the current one. */
export async function changeOwnSecret(
  ctx: CoreContext,
  input: { current: string; secret: string },
): Promise<{ changed: true }> {
  const actor = ctx.session.actor;
  if (actor?.kind !== 'staff') {
    throw new AppError('conflict', 'Only a staff member signed in with a PIN has a PIN to change.');
  }
  const staff = activeStaff(ctx, actor.staffId);
  await checkSecret(ctx, staff, input.current);
  const hashed = await hashSecret(input.secret, keyToSet(ctx));
  storeSecret(ctx, staff.id, hashed);
  return { changed: true };
}

/**
 * First run: creates the owner with their PIN and signs them in. Refused once an owner who can
 * sign in exists, so nobody can walk up later and make themselves owner.
 */
export async function setupOwner(
  ctx: CoreContext,
  input: { owner: StaffInput; secret: string },
): Promise<AuthStatus> {
  const refuse = () =>
    new AppError('conflict', 'Regulars already has an owner; sign in with your PIN instead.');
  if (hasOwnerWhoCanSignIn(ctx.db)) throw refuse();
  const hashed = await hashSecret(input.secret, keyToSet(ctx));
  const previous = ctx.session.actor;
  try {
    ctx.db.transaction(() => {
      // Checked again: another first-run form may have finished while this PIN was being hashed.
      if (hasOwnerWhoCanSignIn(ctx.db)) throw refuse();
      const owner = createStaff(ctx, input.owner, 'owner');
      setCurrentStaffId(ctx, owner.id);
      storeSecret(ctx, owner.id, hashed);
      recordAudit(ctx, {
        action: 'auth.signIn',
        subjectType: 'staff',
        subjectId: owner.id,
        summary: `${owner.displayName} set up Regulars as its owner and signed in`,
      });
    })();
  } catch (error) {
    ctx.session.actor = previous;
    throw error;
  }
  return getAuthStatus(ctx);
}
