import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/open.ts';
import { findStaffRow } from '../repos/staff-repo.ts';

/**
 * The staff member signed in at the counter: stamped on every interaction and change
 * (created_by, updated_by). Null for nobody, and for a host such as the CLI, which is not a
 * person at the counter. Someone deactivated meanwhile no longer counts, so nothing new is
 * stamped with a person who has left.
 */
export function getCurrentStaffId(ctx: CoreContext): string | null {
  const actor = ctx.session.actor;
  if (actor?.kind !== 'staff') return null;
  return findStaffRow(ctx.db, actor.staffId)?.active === 1 ? actor.staffId : null;
}

/**
 * Refuses a staff id nobody can be stamped with: unknown, or someone who has left. Deactivated
 * staff keep their history, but new work is never recorded under their name.
 */
export function assertStaffCanWork(db: Db, staffId: string): void {
  const row = findStaffRow(db, staffId);
  if (!row) throw new AppError('invalid_input', `No staff member with id ${staffId}.`, 'staffId');
  if (row.active !== 1) {
    throw new AppError('invalid_input', `${row.display_name} is no longer active.`, 'staffId');
  }
}

/**
 * Host side only, never a channel: makes this staff member the one signed in (null: nobody).
 * auth:signIn calls it once the PIN checked out; tests call it to act as someone.
 */
export function setCurrentStaffId(
  ctx: CoreContext,
  staffId: string | null,
): { currentStaffId: string | null } {
  if (staffId !== null) assertStaffCanWork(ctx.db, staffId);
  const session = ctx.session;
  if (session.actor?.kind === 'staff') session.lastStaffId = session.actor.staffId;
  session.actor = staffId === null ? null : { kind: 'staff', staffId };
  if (staffId !== null) session.lastStaffId = staffId;
  session.lastActivityAt = ctx.now();
  ctx.emit('auth:changed', {});
  return { currentStaffId: staffId };
}

/** Locks the counter: whoever was signed in stays offered first on the lock screen. */
export function endSession(ctx: CoreContext): void {
  const session = ctx.session;
  if (session.actor === null) return;
  if (session.actor.kind === 'staff') session.lastStaffId = session.actor.staffId;
  session.actor = null;
  ctx.emit('auth:changed', {});
}

export function getSession(ctx: CoreContext): { currentStaffId: string | null } {
  return { currentStaffId: getCurrentStaffId(ctx) };
}
