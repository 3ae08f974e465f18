import { z } from 'zod';
import type { StaffRole } from './staff.ts';

/**
 * What a signed-in person may do. Each channel of the contract needs one of these (or is public,
 * or needs only a signed-in person, or the owner): see main/core/api/access.ts.
 */
export const PERMISSIONS = [
  'customers.view',
  'customers.edit',
  'interactions.log',
  'rewards.redeem',
  'customers.delete',
  'customers.merge',
  'customers.import',
  'customers.export',
  'customers.erase',
  'loyalty.manage',
  'templates.manage',
  'settings.manage',
  'staff.manage',
  'audit.view',
  'insights.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export const permissionSchema = z.enum(PERMISSIONS);

/** Worded to follow "may" / "may not", so refusals and the matrix read as sentences. */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'customers.view': 'find customers and see their history',
  'customers.edit': 'add and edit customers and their tags',
  'interactions.log': 'log, correct and remove interactions',
  'rewards.redeem': 'redeem rewards',
  'customers.delete': 'delete customers, restore them and empty the trash',
  'customers.merge': 'review duplicates and merge customers',
  'customers.import': 'import customers',
  'customers.export': "export contact lists and a customer's data",
  'customers.erase': 'erase a customer for good (privacy requests)',
  'loyalty.manage': 'change the loyalty program',
  'templates.manage': 'change message templates',
  'settings.manage': 'change settings and custom fields',
  'staff.manage': 'add staff, set their PINs and unlock them',
  'audit.view': 'browse and export the audit trail',
  'insights.view': "see the shop's insights and build segments",
};

/** Roles whose permissions the owner adjusts; the owner may always do everything. */
export const ADJUSTABLE_ROLES = ['manager', 'staff'] as const satisfies readonly StaffRole[];
export type AdjustableRole = (typeof ADJUSTABLE_ROLES)[number];

const STAFF_DEFAULTS: readonly Permission[] = [
  'customers.view',
  'customers.edit',
  'interactions.log',
  'rewards.redeem',
];

/**
 * The defaults: staff find customers, log interactions and redeem rewards; a manager runs
 * the shop but does not manage staff, erase customers or read the audit trail unless allowed.
 */
export const DEFAULT_PERMISSIONS: Record<AdjustableRole, readonly Permission[]> = {
  staff: STAFF_DEFAULTS,
  manager: PERMISSIONS.filter(
    (permission) => !['staff.manage', 'customers.erase', 'audit.view'].includes(permission),
  ),
};

export const permissionMatrixSchema = z.object({
  manager: z.array(permissionSchema),
  staff: z.array(permissionSchema),
});
export type PermissionMatrix = z.infer<typeof permissionMatrixSchema>;
