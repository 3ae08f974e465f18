import { dirname, join } from 'node:path';

/**
 * What a backup is for, read from its file name (the name is the only metadata, so a backup
 * copied to a USB stick and back is still understood):
 * - automatic: taken at start and daily; manual: "Back up now" or `regulars backup now`.
 *   Both are rotated (7 daily, 4 weekly, 12 monthly).
 * - before-restore: the database as it was just before a restore, so the restore can be undone.
 * - before-migration: taken by openDatabase before a new version changes the schema.
 * - damaged: a file quick_check found damaged, set aside untouched when a backup replaced it.
 * The last three are never rotated away.
 */
export const BACKUP_KINDS = ['automatic', 'manual', 'before-restore', 'before-migration', 'damaged'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const ROTATED_KINDS: ReadonlySet<BackupKind> = new Set(['automatic', 'manual']);

/** Beside the database, where openDatabase already puts its pre-migration backups. */
export function backupsFolderOf(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

const NAME = /^regulars-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})Z-([a-z-]+)\.db$/;
// The name openDatabase has always given its pre-migration copies.
const MIGRATION_NAME = /^regulars-v\d+-before-migration-(\d+)\.db$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** regulars-20261122-140312-123Z-automatic.db: UTC, so names sort by time and never depend on a zone. */
export function backupFileName(kind: BackupKind, takenAt: number): string {
  const d = new Date(takenAt);
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return `regulars-${date}-${time}-${pad(d.getUTCMilliseconds(), 3)}Z-${kind}.db`;
}

export interface ParsedBackupName {
  kind: BackupKind;
  takenAt: number;
}

export function parseBackupFileName(name: string): ParsedBackupName | undefined {
  const migration = MIGRATION_NAME.exec(name);
  if (migration) return { kind: 'before-migration', takenAt: Number(migration[1]) };
  const match = NAME.exec(name);
  if (!match) return undefined;
  const kind = match[8] as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return undefined;
  const [year, month, day, hours, minutes, seconds, ms] = match.slice(1, 8).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const takenAt = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  // A name like …-20261341-… parses to some other day: only names this module writes count.
  return backupFileName(kind, takenAt) === name ? { kind, takenAt } : undefined;
}
