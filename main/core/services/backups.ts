import { accessSync, constants, existsSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  backupChannels,
  type BackupInfo,
  type BackupSettings,
  type BackupStatus,
} from '../../../shared/ipc/channels/backups.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import { listBackupFiles, type BackupFile } from '../backups/backup-files.ts';
import { backupsFolderOf } from '../backups/backup-names.ts';
import { readSecondCopyFolder, SECOND_COPY_FOLDER_KEY } from '../backups/backup-settings.ts';
import { backupStateOf, isDamaged } from '../backups/backup-state.ts';
import { assertIdle, runJob } from '../backups/jobs.ts';
import { restoreFrom, type RestoreReport } from '../backups/restore.ts';
import { takeBackup } from '../backups/take-backup.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { writeSetting } from '../repos/settings-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { actorLabel } from './actor.ts';
import { appendAudit, recordAudit } from './audit.ts';

function toInfo({ file, kind, takenAt, bytes, customers, schemaVersion }: BackupFile): BackupInfo {
  return { file, kind, takenAt, bytes, customers, schemaVersion };
}

/** Restorable backups, newest first: a damaged file set aside is kept on disk but never offered. */
function restorable(ctx: CoreContext): BackupFile[] {
  return listBackupFiles(backupsFolderOf(ctx.databasePath)).filter((backup) => backup.kind !== 'damaged');
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function listBackups(ctx: CoreContext): BackupInfo[] {
  return restorable(ctx).map(toInfo);
}

export function getBackupStatus(ctx: CoreContext): BackupStatus {
  const state = backupStateOf(ctx);
  const { databasePath } = ctx;
  const readOnly =
    !isWritable(dirname(databasePath)) || (existsSync(databasePath) && !isWritable(databasePath));
  const latest = restorable(ctx)[0];
  return {
    health: state.health.state === 'damaged' ? 'damaged' : readOnly ? 'read_only' : 'ok',
    problems: state.health.state === 'damaged' ? state.health.problems : [],
    databasePath,
    folder: backupsFolderOf(databasePath),
    running: state.running,
    lastOutcome: state.lastOutcome,
    latest: latest ? toInfo(latest) : null,
    secondCopy: state.secondCopy,
  };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** Takes a verified backup now (the schedule, "Back up now", `regulars backup now`). */
export function backUpNow(ctx: CoreContext, kind: 'automatic' | 'manual'): Promise<BackupFile> {
  return runJob(
    ctx,
    'backup',
    () => takeBackup(ctx, kind),
    (backup) => `Backed up and verified: ${backup.file} (${plural(backup.customers ?? 0, 'customer')}).`,
  );
}

/** Restores from a backup file (a listed one, or any path for the CLI), keeping the current state. */
export async function restoreBackup(ctx: CoreContext, source: string): Promise<RestoreReport> {
  // Who asked, named before the swap: the restored file may not know them.
  const actor = actorLabel(ctx);
  const report = await runJob(
    ctx,
    'restore',
    () => restoreFrom(ctx, source),
    (done) =>
      `Restored ${done.restoredFrom}. The data as it was just before is kept as ${done.savedAs}, so this can be undone.`,
  );
  // The restored file's own trail goes on with the restore, so it says how it came back.
  appendAudit(ctx.db, actor, ctx.now(), {
    action: 'backup.restore',
    subjectType: 'backup',
    subjectId: report.restoredFrom,
    summary: `Restored the backup ${report.restoredFrom}; the data before it is kept as ${report.savedAs}`,
  });
  // Everything the renderer holds belongs to the old file, down to who may be signed in.
  ctx.emit('backups:restored', {});
  ctx.emit('auth:changed', {});
  return report;
}

/** "Back up now": checks it can start, then runs in the background; the outcome is in the status. */
export function startBackup(ctx: CoreContext): { started: true } {
  assertIdle(ctx);
  if (isDamaged(ctx)) {
    throw new AppError(
      'database_damaged',
      'The database is damaged, so it is not backed up; restore the latest good backup instead.',
    );
  }
  backUpNow(ctx, 'manual').catch(() => undefined); // kept in lastOutcome by runJob
  return { started: true };
}

/** Restore from the list: only a file the list offers, so no path from outside reaches the disk. */
export function startRestore(ctx: CoreContext, input: ChannelInput<'backups:restore'>): { started: true } {
  const { file } = parseOrThrow(backupChannels['backups:restore'].input, input);
  assertIdle(ctx);
  const backup = restorable(ctx).find((candidate) => candidate.file === file);
  if (!backup) throw new AppError('not_found', `file: no backup named ${file}`, 'file');
  restoreBackup(ctx, backup.path).catch(() => undefined); // kept in lastOutcome by runJob
  return { started: true };
}

export function getBackupSettings(ctx: CoreContext): BackupSettings {
  return { secondCopyFolder: readSecondCopyFolder(ctx.db) };
}

/** Checks a second-copy folder the way a backup will use it: it exists and a file can be written there. */
function checkSecondFolder(ctx: CoreContext, folder: string): string {
  const field = 'secondCopyFolder';
  if (!isAbsolute(folder)) {
    throw new AppError('invalid_input', `${field}: must be a full path, like /media/usb/regulars`, field);
  }
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new AppError('invalid_input', `${field}: ${path} is not a folder on this computer`, field);
  }
  if (path === resolve(backupsFolderOf(ctx.databasePath)) || path === resolve(dirname(ctx.databasePath))) {
    throw new AppError(
      'invalid_input',
      `${field}: choose another drive or folder than the database's own, or the copy protects nothing`,
      field,
    );
  }
  const probe = join(path, `.regulars-write-test-${process.pid}`);
  try {
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch {
    throw new AppError('invalid_input', `${field}: Regulars may not write in ${path}`, field);
  }
  return path;
}

export function updateBackupSettings(
  ctx: CoreContext,
  input: ChannelInput<'backups:updateSettings'>,
): BackupSettings {
  const { secondCopyFolder } = parseOrThrow(backupChannels['backups:updateSettings'].input, input);
  const folder = secondCopyFolder === '' ? '' : checkSecondFolder(ctx, secondCopyFolder);
  ctx.db.transaction(() => {
    writeSetting(ctx.db, SECOND_COPY_FOLDER_KEY, folder);
    recordAudit(ctx, {
      action: 'backup.settings',
      subjectType: 'settings',
      subjectId: SECOND_COPY_FOLDER_KEY,
      summary: folder === '' ? 'Stopped copying backups to a second folder' : 'Set the second backup folder',
      details: { secondCopyFolder: folder },
    });
  })();
  const state = backupStateOf(ctx);
  state.secondCopy = null;
  ctx.emit('backups:changed', {});
  return getBackupSettings(ctx);
}
