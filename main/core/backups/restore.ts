import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CoreContext } from '../context.ts';
import { readBackupFacts, useRollbackJournal } from '../db/backup.ts';
import { checkFileOffThread } from '../db/check-file.ts';
import { copyToTemp, fsyncDir, fsyncFile } from '../db/durable-file.ts';
import { LATEST_VERSION } from '../db/migrations/index.ts';
import { APPLICATION_ID, openDatabase, type Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { backupFileName, backupsFolderOf } from './backup-names.ts';
import { backupStateOf, isDamaged } from './backup-state.ts';
import { openStandIn } from './stand-in.ts';

export interface RestoreReport {
  /** The backup now in use. */
  restoredFrom: string;
  /** Where the database as it was just before is kept (a backup named …-before-restore.db or …-damaged.db). */
  savedAs: string;
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Refuses a file that is not a whole Regulars database this version can open. */
function assertRestorable(path: string, name: string): void {
  let facts;
  try {
    facts = readBackupFacts(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid_input',
      `${name} cannot be read as a Regulars backup (${detail}); nothing was changed.`,
    );
  }
  if (facts.applicationId !== APPLICATION_ID) {
    throw new AppError('invalid_input', `${name} is not a Regulars backup; nothing was changed.`);
  }
  if (facts.schemaVersion > LATEST_VERSION) {
    throw new AppError(
      'invalid_input',
      `${name} was written by a newer Regulars (schema ${facts.schemaVersion}); update Regulars to restore it. Nothing was changed.`,
    );
  }
}

/** A second name for the current file (instant, no copy); a copy where the drive has no hard links. */
function keepAside(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
    fsyncFile(target);
  }
}

function reopen(ctx: CoreContext, damaged: boolean): Db {
  return damaged ? openStandIn() : openDatabase(ctx.databasePath, { now: ctx.now });
}

/**
 * Puts a checked copy in place of the database, in one synchronous stretch so no write can come
 * between "the current state is kept" and "the backup is in place":
 * 1. close the connection (a clean close checkpoints the WAL into the file and deletes it; a WAL
 *    left behind means another program has the file open, and the restore is refused);
 * 2. keep the current file under a backup name (a hard link), a damaged one with its -wal too;
 * 3. remove the -wal and -shm, which belong to the old file and would corrupt the new one;
 * 4. rename the copy over the database (atomic) and sync the folder;
 * 5. reopen, which migrates a backup from an older version like any old database.
 * At every instant the database path names either the old file or the restored one.
 */
function swapIn(ctx: CoreContext, prepared: string): string {
  const dbPath = ctx.databasePath;
  const damaged = isDamaged(ctx);
  const folder = backupsFolderOf(dbPath);
  mkdirSync(folder, { recursive: true });
  let kept = join(folder, backupFileName(damaged ? 'damaged' : 'before-restore', ctx.now()));
  for (let time = ctx.now() + 1; existsSync(kept); time++) {
    kept = join(folder, backupFileName(damaged ? 'damaged' : 'before-restore', time));
  }
  ctx.db.close();
  try {
    if (!damaged && existsSync(`${dbPath}-wal`)) {
      throw new AppError(
        'conflict',
        'Another program has the database open (is a second Regulars or a `regulars` command running?). ' +
          'Close it and try again; nothing was changed.',
      );
    }
    if (existsSync(dbPath)) keepAside(dbPath, kept);
    // A damaged file's -wal may hold its last changes: kept beside it for whoever tries to rescue
    // it. (An empty one is what the read-only quick_check leaves behind.)
    if (damaged && existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0) {
      copyFileSync(`${dbPath}-wal`, `${kept}-wal`);
      fsyncFile(`${kept}-wal`);
    }
    fsyncDir(folder);
  } catch (error) {
    ctx.db = reopen(ctx, damaged);
    throw error;
  }
  for (const suffix of SIDE_FILES) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(prepared, dbPath);
  fsyncDir(dirname(dbPath));
  try {
    ctx.db = openDatabase(dbPath, { now: ctx.now });
  } catch (error) {
    // The copy passed its checks, so this is the disk (full during a migration, say): put the
    // file that was there back the same way, and say what happened.
    const back = `${prepared}.back`;
    keepAside(kept, back);
    for (const suffix of SIDE_FILES) rmSync(`${dbPath}${suffix}`, { force: true });
    renameSync(back, dbPath);
    fsyncDir(dirname(dbPath));
    ctx.db = reopen(ctx, damaged);
    throw error;
  }
  backupStateOf(ctx).health = { state: 'ok' };
  if (!damaged) {
    try {
      // Nothing has the old file open any more: it becomes a backup like the others.
      useRollbackJournal(kept);
    } catch {
      // Still a whole database in WAL mode; listing it merely creates its -wal and -shm.
    }
  }
  return kept;
}

/**
 * Restores the database from a backup file: the copy is made and checked beside the database
 * first (while the app keeps working), then swapped in. The database as it was is kept as a
 * backup, so the restore itself can be undone from the same list.
 */
export async function restoreFrom(ctx: CoreContext, source: string): Promise<RestoreReport> {
  const name = basename(source);
  if (!existsSync(source)) throw new AppError('not_found', `No backup at ${source}; nothing was changed.`);
  const prepared = join(dirname(ctx.databasePath), `.${basename(ctx.databasePath)}.restoring.partial`);
  try {
    await copyToTemp(source, prepared);
    let check = { ok: false, problems: ['it cannot be read as a database'] };
    try {
      // So the check and the swap deal with one file: no -wal is created beside the copy.
      useRollbackJournal(prepared);
      check = await checkFileOffThread(prepared, 'integrity_check');
    } catch (error) {
      check.problems = [error instanceof Error ? error.message : String(error)];
    }
    if (!check.ok) {
      throw new AppError(
        'database_damaged',
        `The backup ${name} is damaged (${check.problems
          .slice(0, 2)
          .join('; ')
          .replace(/\s*\n\s*/g, ' ')}); nothing was changed. ` + 'Choose an older backup.',
      );
    }
    assertRestorable(prepared, name);
    const kept = swapIn(ctx, prepared);
    return { restoredFrom: name, savedAs: basename(kept) };
  } finally {
    rmSync(prepared, { force: true });
  }
}
