import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/open.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { findStaffRow } from '../repos/staff-repo.ts';

export const CURRENT_STAFF_KEY = 'current_staff_id';

/**
 * Who is at the counter: stamped on every interaction and change (created_by, updated_by). Kept
 * in the database so it survives a restart and is the same for the window and the browser mode.
 * Only an active staff member counts: a stale setting must not turn every save into a
 * foreign-key failure, nor stamp new work with someone who has left.
 */
export function getCurrentStaffId(ctx: CoreContext): string | null {
  const value = readSetting(ctx.db, CURRENT_STAFF_KEY);
  if (typeof value !== 'string') return null;
  return findStaffRow(ctx.db, value)?.active === 1 ? value : null;
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

/** Selects who is at the counter (null: nobody in particular). */
export function setCurrentStaffId(
  ctx: CoreContext,
  staffId: string | null,
): { currentStaffId: string | null } {
  ctx.db.transaction(() => {
    if (staffId !== null) assertStaffCanWork(ctx.db, staffId);
    writeSetting(ctx.db, CURRENT_STAFF_KEY, staffId);
  })();
  ctx.emit('settings:changed', {});
  return { currentStaffId: staffId };
}

export function getSession(ctx: CoreContext): { currentStaffId: string | null } {
  return { currentStaffId: getCurrentStaffId(ctx) };
}
