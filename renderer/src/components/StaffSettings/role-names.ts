import type { StaffRole } from '../../../../shared/domain/staff.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './StaffSettings.messages.ts';

/** Each role's name in the reader's language: `roleNames[member.role]`. */
export function useRoleNames(): Record<StaffRole, string> {
  const m = useMessages(messages);
  return { owner: m.owner, manager: m.manager, staff: m.staff };
}
