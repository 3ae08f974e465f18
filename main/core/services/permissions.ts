import {
  DEFAULT_PERMISSIONS,
  PERMISSION_LABELS,
  PERMISSIONS,
  type AdjustableRole,
  type Permission,
  type PermissionMatrix,
} from '../../../shared/domain/permissions.ts';
import type { StaffRole } from '../../../shared/domain/staff.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import {
  clearRolePermissionOverride,
  listRolePermissionOverrides,
  writeRolePermissionOverride,
} from '../repos/role-permissions-repo.ts';
import { recordAudit } from './audit.ts';

const ALL: ReadonlySet<Permission> = new Set(PERMISSIONS);
const isPermission = (name: string): name is Permission => ALL.has(name as Permission);

/** A role's permissions: the built-in defaults with the owner's changes; the owner has them all. */
export function permissionsOfRole(db: Db, role: StaffRole): ReadonlySet<Permission> {
  if (role === 'owner') return ALL;
  const granted = new Set<Permission>(DEFAULT_PERMISSIONS[role]);
  for (const row of listRolePermissionOverrides(db)) {
    if (row.role !== role || !isPermission(row.permission)) continue;
    if (row.granted === 1) granted.add(row.permission);
    else granted.delete(row.permission);
  }
  return granted;
}

/** In the order of PERMISSIONS, so the matrix and the answers read the same every time. */
const inOrder = (set: ReadonlySet<Permission>) => PERMISSIONS.filter((permission) => set.has(permission));

export function getPermissionMatrix(ctx: CoreContext): PermissionMatrix {
  return {
    manager: inOrder(permissionsOfRole(ctx.db, 'manager')),
    staff: inOrder(permissionsOfRole(ctx.db, 'staff')),
  };
}

/** The owner allows or forbids one thing for a role; it applies to everyone in it at once. */
export function setRolePermission(
  ctx: CoreContext,
  input: { role: AdjustableRole; permission: Permission; granted: boolean },
): PermissionMatrix {
  const { role, permission, granted } = input;
  const changed = ctx.db.transaction((): boolean => {
    const before = permissionsOfRole(ctx.db, role).has(permission);
    if (before === granted) return false;
    if (DEFAULT_PERMISSIONS[role].includes(permission) === granted) {
      clearRolePermissionOverride(ctx.db, role, permission);
    } else {
      writeRolePermissionOverride(ctx.db, { role, permission, granted: granted ? 1 : 0 });
    }
    recordAudit(ctx, {
      action: 'permission.change',
      subjectType: 'role',
      subjectId: role,
      summary: `${granted ? 'Allowed' : 'Forbade'} the ${role} role to ${PERMISSION_LABELS[permission]}`,
      details: { changes: [{ field: permission, old: before, new: granted }] },
    });
    return true;
  })();
  if (changed) ctx.emit('auth:changed', {});
  return getPermissionMatrix(ctx);
}
