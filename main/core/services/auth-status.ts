import {
  DEFAULT_IDLE_LOCK_MINUTES,
  idleLockMinutesSchema,
  type AuthStatus,
  type SignInOption,
} from '../../../shared/domain/auth.ts';
import type { CoreContext } from '../context.ts';
import { hasOwnerWhoCanSignIn, listCredentialRows } from '../repos/credentials-repo.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { listStaffRows } from '../repos/staff-repo.ts';
import { resolveActor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { permissionsOfRole } from './permissions.ts';
import { endSession } from './session.ts';
import { PERMISSIONS } from '../../../shared/domain/permissions.ts';

export const IDLE_LOCK_KEY = 'auth.idleLockMinutes';
const MINUTE = 60_000;

export function readIdleLockMinutes(ctx: CoreContext): number {
  const parsed = idleLockMinutesSchema.safeParse(readSetting(ctx.db, IDLE_LOCK_KEY));
  return parsed.success ? parsed.data : DEFAULT_IDLE_LOCK_MINUTES;
}

export function getAuthStatus(ctx: CoreContext): AuthStatus {
  const actor = resolveActor(ctx);
  const permissions = actor === null ? new Set() : permissionsOfRole(ctx.db, actor.role);
  return {
    actor,
    permissions: PERMISSIONS.filter((permission) => permissions.has(permission)),
    needsOwner: actor === null && !hasOwnerWhoCanSignIn(ctx.db),
    lastStaffId: ctx.session.lastStaffId,
    idleLockMinutes: readIdleLockMinutes(ctx),
  };
}

/** Active staff who can sign in, by name; nothing about roles or what they may do. */
export function listSignInOptions(ctx: CoreContext): SignInOption[] {
  const now = ctx.now();
  const credentials = new Map(listCredentialRows(ctx.db).map((row) => [row.staff_id, row]));
  return listStaffRows(ctx.db, false).flatMap((staff) => {
    const credential = credentials.get(staff.id);
    if (!credential) return [];
    const locked = credential.locked_until !== null && credential.locked_until > now;
    return [
      {
        staffId: staff.id,
        displayName: staff.display_name,
        initials: staff.initials,
        color: staff.color,
        secretKind: credential.kind,
        lockedUntil: locked ? credential.locked_until : null,
      },
    ];
  });
}

/**
 * Locks the counter when the signed-in person has been idle longer than the setting allows, or
 * has been deactivated meanwhile. Checked on every call, so a call after the deadline is
 * refused even if the renderer never noticed. Hosts (the CLI, tests) are not people and never idle.
 */
export function expireIdleSession(ctx: CoreContext): void {
  const actor = ctx.session.actor;
  if (actor?.kind !== 'staff') return;
  if (resolveActor(ctx) === null) return endSession(ctx);
  const minutes = readIdleLockMinutes(ctx);
  if (minutes > 0 && ctx.now() - ctx.session.lastActivityAt >= minutes * MINUTE) endSession(ctx);
}

/** The renderer saw a key or a click: returns when the counter will lock if nothing else happens. */
export function recordActivity(ctx: CoreContext): { lockAt: number | null } {
  if (ctx.session.actor === null) return { lockAt: null };
  ctx.session.lastActivityAt = ctx.now();
  const minutes = readIdleLockMinutes(ctx);
  return { lockAt: ctx.session.actor.kind === 'staff' && minutes > 0 ? ctx.now() + minutes * MINUTE : null };
}

export function lockSession(ctx: CoreContext): AuthStatus {
  endSession(ctx);
  return getAuthStatus(ctx);
}

export function setIdleLockMinutes(ctx: CoreContext, minutes: number): AuthStatus {
  const before = readIdleLockMinutes(ctx);
  if (before !== minutes) {
    ctx.db.transaction(() => {
      writeSetting(ctx.db, IDLE_LOCK_KEY, minutes);
      recordAudit(ctx, {
        action: 'settings.update',
        subjectType: 'settings',
        subjectId: IDLE_LOCK_KEY,
        summary:
          minutes === 0 ? 'Turned the idle auto-lock off' : `Set the idle auto-lock to ${minutes} minutes`,
        details: { changes: [{ field: 'idleLockMinutes', old: before, new: minutes }] },
      });
    })();
    ctx.emit('auth:changed', {});
  }
  return getAuthStatus(ctx);
}
