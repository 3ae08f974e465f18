import type { BackupInfo, BackupKindName } from '../../../../shared/ipc/channels/backups.ts';
import { formatDateTime } from '../../format/dates.ts';

export const KIND_LABELS: Record<BackupKindName, string> = {
  automatic: 'Automatic',
  manual: 'Taken by hand',
  'before-restore': 'Kept before a restore',
  'before-migration': 'Kept before an update',
  damaged: 'Damaged, set aside',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function customersText(customers: number | null): string {
  if (customers === null) return 'cannot be read';
  return `${customers.toLocaleString()} customer${customers === 1 ? '' : 's'}`;
}

/** "22 Nov 2026, 14:03 (1,204 customers)": how a backup is named to the owner. */
export function describeBackup(backup: BackupInfo): string {
  return `${formatDateTime(backup.takenAt)} (${customersText(backup.customers)})`;
}
