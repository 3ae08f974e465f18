import type { AdjustableRole } from '../../../shared/domain/permissions.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/** One of the owner's changes to a role's built-in permissions. */
export interface DbRolePermission {
  role: AdjustableRole;
  permission: string;
  granted: 0 | 1;
}

export function listRolePermissionOverrides(db: Db): DbRolePermission[] {
  return prepared<[], DbRolePermission>(db, 'SELECT role, permission, granted FROM role_permissions').all();
}

export function writeRolePermissionOverride(db: Db, row: DbRolePermission): void {
  prepared(
    db,
    `INSERT INTO role_permissions (role, permission, granted) VALUES (@role, @permission, @granted)
     ON CONFLICT (role, permission) DO UPDATE SET granted = excluded.granted`,
  ).run(row);
}

/** Back to the built-in default: no override row at all. */
export function clearRolePermissionOverride(db: Db, role: AdjustableRole, permission: string): void {
  prepared(db, 'DELETE FROM role_permissions WHERE role = ? AND permission = ?').run(role, permission);
}
