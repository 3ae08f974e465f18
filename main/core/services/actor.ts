import type { ActorView } from '../../../shared/domain/auth.ts';
import { initialsOf } from '../../../shared/domain/staff.ts';
import type { CoreContext } from '../context.ts';
import { findStaffRow } from '../repos/staff-repo.ts';

/**
 * Who is signed in, read fresh from the staff table on every call: a role change or a
 * deactivation takes effect on the very next call, never at the next sign-in.
 */
export function resolveActor(ctx: CoreContext): ActorView | null {
  const actor = ctx.session.actor;
  if (actor === null) return null;
  if (actor.kind === 'host') {
    return {
      kind: 'host',
      staffId: null,
      displayName: actor.label,
      initials: initialsOf(actor.label).slice(0, 2),
      color: 'gray',
      role: 'owner',
    };
  }
  const row = findStaffRow(ctx.db, actor.staffId);
  if (!row || row.active !== 1) return null;
  return {
    kind: 'staff',
    staffId: row.id,
    displayName: row.display_name,
    initials: row.initials,
    color: row.color,
    role: row.role,
  };
}

/** How the audit trail names whoever acts now. */
export function actorLabel(ctx: CoreContext): { staffId: string | null; label: string } {
  const actor = resolveActor(ctx);
  return actor === null
    ? { staffId: null, label: 'Nobody signed in' }
    : { staffId: actor.staffId, label: actor.displayName };
}
