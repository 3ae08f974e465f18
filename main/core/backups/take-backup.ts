import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CoreContext } from '../context.ts';
import { useRollbackJournal } from '../db/backup.ts';
import { checkFileOffThread } from '../db/check-file.ts';
import { copyToTemp, fsyncFileAsync, publishFileAsync } from '../db/durable-file.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { listBackupFiles, rotateFolder, type BackupFile } from './backup-files.ts';
import { backupFileName, backupsFolderOf, type BackupKind } from './backup-names.ts';
import { readSecondCopyFolder } from './backup-settings.ts';
import { backupStateOf, isDamaged } from './backup-state.ts';
import { describeFailure } from './describe-failure.ts';

const SECOND_COPY_LOST = 'The backup in the usual folder is fine; only this copy is missing.';

/** Pages copied per turn of the event loop: about 4 MB, a few milliseconds, so the counter stays quick. */
const PAGES_PER_STEP = 1024;

function checkFailed(what: string, problems: readonly string[]): AppError {
  return new AppError(
    'internal',
    `${what} failed its integrity check (${problems.slice(0, 2).join('; ') || 'no answer'}), so it was not kept.`,
  );
}

/**
 * Copies the live database with SQLite's online backup API on the writer's own connection, a
 * few pages per event-loop turn (writes made meanwhile through this connection reach the copy
 * too), then checks the copy in a worker and only then gives it its final name.
 */
async function copyVerified(db: Db, final: string): Promise<void> {
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  try {
    let flushed = false;
    let flushing: Promise<void> | undefined;
    await db.backup(partial, {
      progress: ({ remainingPages }) => {
        if (remainingPages > PAGES_PER_STEP) return PAGES_PER_STEP;
        // The next step is the last: it commits the copy with an fsync on this thread (a second
        // for 350 MB). The pages written so far are flushed from the thread pool first, with
        // empty steps meanwhile, so that fsync finds little left to do.
        flushing ??= fsyncFileAsync(partial)
          .catch(() => undefined)
          .then(() => {
            flushed = true;
          });
        return flushed ? PAGES_PER_STEP : 0;
      },
    });
    // The copy inherits WAL mode from the live database.
    useRollbackJournal(partial);
    const check = await checkFileOffThread(partial, 'integrity_check');
    if (!check.ok) throw checkFailed('The new backup', check.problems);
    await publishFileAsync(partial, final);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** A name not yet taken: two backups in one millisecond (a test's clock) must not collide. */
function freshPath(folder: string, kind: BackupKind, takenAt: number): string {
  let time = takenAt;
  while (existsSync(join(folder, backupFileName(kind, time)))) time += 1;
  return join(folder, backupFileName(kind, time));
}

/**
 * The optional second copy (a USB stick, a synced folder): the verified backup is copied, the
 * copy checked again (a stick can fail on write), and that folder rotated like the first.
 * Failing here never fails the backup itself; the outcome is kept for Settings to show.
 */
async function copyToSecondFolder(ctx: CoreContext, source: string): Promise<void> {
  const folder = readSecondCopyFolder(ctx.db);
  const state = backupStateOf(ctx);
  if (folder === '') {
    state.secondCopy = null;
    return;
  }
  const final = join(folder, basename(source));
  const partial = `${final}.partial`;
  try {
    await copyToTemp(source, partial);
    const check = await checkFileOffThread(partial, 'integrity_check');
    if (!check.ok) throw checkFailed(`The copy in ${folder}`, check.problems);
    await publishFileAsync(partial, final);
    rotateFolder(folder);
    state.secondCopy = { ok: true, message: `Copied to ${folder}.`, at: ctx.now() };
  } catch (error) {
    rmSync(partial, { force: true });
    state.secondCopy = {
      ok: false,
      message: `The second copy to ${folder} failed: ${describeFailure(ctx, error, { folder, consequence: SECOND_COPY_LOST })}`,
      at: ctx.now(),
    };
  }
}

/** Takes one verified backup into the backups folder, rotates it, and makes the second copy. */
export async function takeBackup(ctx: CoreContext, kind: 'automatic' | 'manual'): Promise<BackupFile> {
  if (isDamaged(ctx)) {
    // The stand-in is empty: a backup of it would push good backups out of the rotation.
    throw new AppError('database_damaged', 'The database is damaged, so no backup is taken of it now.');
  }
  const folder = backupsFolderOf(ctx.databasePath);
  mkdirSync(folder, { recursive: true });
  const final = freshPath(folder, kind, ctx.now());
  await copyVerified(ctx.db, final);
  rotateFolder(folder);
  await copyToSecondFolder(ctx, final);
  const listed = listBackupFiles(folder).find((backup) => backup.path === final);
  if (!listed)
    throw new AppError('internal', `The backup ${basename(final)} disappeared after it was written.`);
  return listed;
}
