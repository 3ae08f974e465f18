import { foldText } from '../../../shared/domain/text.ts';
import { initialsOf, staffInputSchema, type Staff, type StaffInput } from '../../../shared/domain/staff.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { findStaffRow, insertStaff, listStaffRows, toStaff, updateStaffRow } from '../repos/staff-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { CURRENT_STAFF_KEY } from './session.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * How staff names are compared: case, accents and spacing ignored, so "sam  okafor" is Sam Okafor
 * both when refusing a second Sam Okafor and when the CLI looks a name up.
 */
export function staffNameKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ');
}

/** Active staff first, then by name, the way a person reads them (Élodie between Dan and Fay). */
export function listStaff(ctx: CoreContext, includeInactive: boolean): Staff[] {
  return listStaffRows(ctx.db, includeInactive)
    .map(toStaff)
    .sort((a, b) => Number(b.active) - Number(a.active) || byName.compare(a.displayName, b.displayName));
}

export function getStaff(ctx: CoreContext, id: string): Staff {
  const row = findStaffRow(ctx.db, id);
  if (!row) throw notFound('staff member', id);
  return toStaff(row);
}

/** Two active people with one name would make every stamp on the timeline ambiguous. */
function assertNameFree(ctx: CoreContext, displayName: string, ownerId?: string): void {
  const key = staffNameKey(displayName);
  const holder = listStaffRows(ctx.db, false).find(
    (row) => row.id !== ownerId && staffNameKey(row.display_name) === key,
  );
  if (holder) {
    throw new AppError(
      'conflict',
      `Another active staff member is already called ${holder.display_name}; add a surname or an initial to tell them apart.`,
      'displayName',
    );
  }
}

export function createStaff(ctx: CoreContext, input: StaffInput): Staff {
  const fields = parseOrThrow(staffInputSchema, input);
  const now = ctx.now();
  const row = {
    id: newId(now),
    display_name: fields.displayName,
    initials: fields.initials || initialsOf(fields.displayName),
    color: fields.color,
    role: 'staff' as const,
    active: fields.active ? (1 as const) : (0 as const),
    created_at: now,
    updated_at: now,
  };
  ctx.db.transaction(() => {
    if (fields.active) assertNameFree(ctx, fields.displayName);
    insertStaff(ctx.db, row);
  })();
  ctx.emit('staff:changed', {});
  return toStaff(row);
}

/**
 * Replaces a staff member's profile. Deactivating keeps every interaction they logged; if they
 * were the one selected at the counter, the selection is cleared, so nothing new is stamped with
 * someone who has left (the top bar then asks who is there).
 */
export function updateStaff(ctx: CoreContext, id: string, input: StaffInput): Staff {
  const fields = parseOrThrow(staffInputSchema, input);
  const now = ctx.now();
  let clearedSelection = false;
  ctx.db.transaction(() => {
    if (!findStaffRow(ctx.db, id)) throw notFound('staff member', id);
    if (fields.active) assertNameFree(ctx, fields.displayName, id);
    updateStaffRow(ctx.db, {
      id,
      display_name: fields.displayName,
      initials: fields.initials || initialsOf(fields.displayName),
      color: fields.color,
      active: fields.active ? 1 : 0,
      updated_at: now,
    });
    if (!fields.active && readSetting(ctx.db, CURRENT_STAFF_KEY) === id) {
      writeSetting(ctx.db, CURRENT_STAFF_KEY, null);
      clearedSelection = true;
    }
  })();
  ctx.emit('staff:changed', {});
  if (clearedSelection) ctx.emit('settings:changed', {});
  return getStaff(ctx, id);
}
