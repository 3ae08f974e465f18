import { foldText } from '../../../shared/domain/text.ts';
import {
  initialsOf,
  staffInputSchema,
  type Staff,
  type StaffInput,
  type StaffRole,
} from '../../../shared/domain/staff.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import {
  findStaffRow,
  insertStaff,
  listStaffRows,
  toStaff,
  updateStaffRole,
  updateStaffRow,
} from '../repos/staff-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';
import { changesBetween } from './audit-changes.ts';
import { assertMayManage } from './owner-guard.ts';
import { endSession } from './session.ts';

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

/** Adds someone, as staff unless the first-run setup makes the owner; roles change with auth:setRole. */
export function createStaff(ctx: CoreContext, input: StaffInput, role: StaffRole = 'staff'): Staff {
  const fields = parseOrThrow(staffInputSchema, input);
  const now = ctx.now();
  const row = {
    id: newId(now),
    display_name: fields.displayName,
    initials: fields.initials || initialsOf(fields.displayName),
    color: fields.color,
    role,
    active: fields.active ? (1 as const) : (0 as const),
    created_at: now,
    updated_at: now,
  };
  ctx.db.transaction(() => {
    if (fields.active) assertNameFree(ctx, fields.displayName);
    insertStaff(ctx.db, row);
    recordAudit(ctx, {
      action: 'staff.create',
      subjectType: 'staff',
      subjectId: row.id,
      summary: `Added ${row.display_name} as ${role}`,
      details: { values: { displayName: row.display_name, initials: row.initials, color: row.color, role } },
    });
  })();
  ctx.emit('staff:changed', {});
  return toStaff(row);
}

/** Someone must always be able to manage Regulars: the last active owner cannot leave or step down. */
export function assertAnotherOwner(ctx: CoreContext, staffId: string, what: string): void {
  const others = listStaffRows(ctx.db, false).filter((row) => row.role === 'owner' && row.id !== staffId);
  if (others.length === 0) {
    throw new AppError('conflict', `${what}: they are the only active owner; make someone else owner first.`);
  }
}

/**
 * Replaces a staff member's profile. Deactivating keeps every interaction they logged; if they
 * are the one signed in, they are signed out, so nothing new is stamped with someone who has left.
 */
export function updateStaff(ctx: CoreContext, id: string, input: StaffInput): Staff {
  const fields = parseOrThrow(staffInputSchema, input);
  const now = ctx.now();
  ctx.db.transaction(() => {
    const stored = findStaffRow(ctx.db, id);
    if (!stored) throw notFound('staff member', id);
    assertMayManage(ctx, stored, 'edit the profile');
    if (fields.active) assertNameFree(ctx, fields.displayName, id);
    if (!fields.active && stored.active === 1 && stored.role === 'owner') {
      assertAnotherOwner(ctx, id, `${stored.display_name} cannot be deactivated`);
    }
    const updated = {
      id,
      display_name: fields.displayName,
      initials: fields.initials || initialsOf(fields.displayName),
      color: fields.color,
      active: fields.active ? (1 as const) : (0 as const),
      updated_at: now,
    };
    updateStaffRow(ctx.db, updated);
    const changes = changesBetween(
      {
        displayName: stored.display_name,
        initials: stored.initials,
        color: stored.color,
        active: stored.active === 1,
      },
      {
        displayName: updated.display_name,
        initials: updated.initials,
        color: updated.color,
        active: fields.active,
      },
    );
    if (changes.length > 0) {
      recordAudit(ctx, {
        action: 'staff.update',
        subjectType: 'staff',
        subjectId: id,
        summary: `Edited ${updated.display_name}: ${changes.map((change) => change.field).join(', ')}`,
        details: { changes },
      });
    }
  })();
  ctx.emit('staff:changed', {});
  const actor = ctx.session.actor;
  if (!fields.active && actor?.kind === 'staff' && actor.staffId === id) endSession(ctx);
  return getStaff(ctx, id);
}

/** Makes someone owner, manager or staff; what each role may do is set in the permission matrix. */
export function setStaffRole(ctx: CoreContext, input: { staffId: string; role: StaffRole }): Staff {
  const changed = ctx.db.transaction((): boolean => {
    const stored = findStaffRow(ctx.db, input.staffId);
    if (!stored) throw notFound('staff member', input.staffId);
    if (stored.role === input.role) return false;
    if (stored.role === 'owner' && stored.active === 1) {
      assertAnotherOwner(ctx, stored.id, `${stored.display_name} cannot stop being owner`);
    }
    updateStaffRole(ctx.db, stored.id, input.role, ctx.now());
    recordAudit(ctx, {
      action: 'staff.role',
      subjectType: 'staff',
      subjectId: stored.id,
      summary: `Made ${stored.display_name} ${input.role} (was ${stored.role})`,
      details: { changes: [{ field: 'role', old: stored.role, new: input.role }] },
    });
    return true;
  })();
  if (changed) {
    ctx.emit('staff:changed', {});
    ctx.emit('auth:changed', {});
  }
  return getStaff(ctx, input.staffId);
}
