import type { BackupInfo, BackupKindName } from '../../../../shared/ipc/channels/backups.ts';
import { formatDateTime } from '../../format/dates.ts';
import { englishTextTranslator, translateMessage } from '../../format/messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { patternBackupOutcomes } from './backup-outcomes.messages.ts';
import { backupKindMessages, messages } from './BackupSettings.messages.ts';

const backupOutcome = englishTextTranslator({}, patternBackupOutcomes);

export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

interface BackupText {
  kindLabels: Record<BackupKindName, string>;
  customersText: (customers: number | null) => string;
  /** "22 Nov 2026, 14:03 (1,204 customers)": how a backup is named to the owner. */
  describeBackup: (backup: BackupInfo) => string;
  /** A job's outcome as the core worded it, in the reader's language when it is a known wording. */
  outcomeText: (message: string) => string;
}

/** How backups are worded in the reader's language. */
export function useBackupText(): BackupText {
  const m = useMessages(messages);
  const kindLabels = useMessages(backupKindMessages);
  const { language } = useLanguage();
  const customersText = (customers: number | null) =>
    customers === null ? m.cannotBeRead : m.customerCount(customers);
  return {
    kindLabels,
    customersText,
    describeBackup: (backup) => `${formatDateTime(backup.takenAt)} (${customersText(backup.customers)})`,
    outcomeText: (message) => backupOutcome(message, language) ?? translateMessage(message, language),
  };
}
