import type { Permission } from '../../../../shared/domain/permissions.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { permissionLabels } from './SecuritySettings.messages.ts';

/** What each permission allows, in the reader's language, to follow "may": `labels[permission]`. */
export function usePermissionLabels(): Record<Permission, string> {
  return useMessages(permissionLabels);
}
