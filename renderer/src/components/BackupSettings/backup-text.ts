import type { BackupInfo, BackupKindName } from '../../../../shared/ipc/channels/backups.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { backupKindMessages, messages } from './BackupSettings.messages.ts';

export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

interface BackupText {
  kindLabels: Record<BackupKindName, string>;
  customersText: (customers: number | null) => string;
  /** "22 Nov 2026, 14:03 (1,204 customers)": how a backup is named to the owner. */
  describeBackup: (backup: BackupInfo) => string;
}

/** How backups are worded in the reader's language. */
export function useBackupText(): BackupText {
  const m = useMessages(messages);
  const kindLabels = useMessages(backupKindMessages);
  const customersText = (customers: number | null) =>
    customers === null ? m.cannotBeRead : m.customerCount(customers);
  return {
    kindLabels,
    customersText,
    describeBackup: (backup) => `${formatDateTime(backup.takenAt)} (${customersText(backup.customers)})`,
  };
}
