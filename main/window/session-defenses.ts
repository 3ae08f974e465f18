import type { Session } from 'electron';
import { applyContentSecurityPolicy } from './content-security-policy.ts';

/**
 * A customer database needs no camera, location, notifications or devices: every permission
 * request and check is refused, so a compromised page cannot even ask the user.
 */
export function applySessionDefenses(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  applyContentSecurityPolicy(session);
}
