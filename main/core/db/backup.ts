import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../errors.ts';
import { checkFileNow } from './check-file.ts';
import { publishFile } from './durable-file.ts';

export interface BackupReport {
  path: string;
  bytes: number;
  schemaVersion: number;
  /** Live customers in the copy: what a shop owner recognises a backup by. */
  customers: number;
}

export interface BackupFacts {
  schemaVersion: number;
  customers: number;
  applicationId: number;
}

/**
 * Switches a copy of the database out of WAL mode. A backup is read as one file: in WAL mode even a
 * read-only look creates -wal and -shm files beside it, and a stray -wal beside a file that later
 * takes another name is how databases get corrupted.
 */
export function useRollbackJournal(path: string): void {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Reads what a backup holds without changing it (read-only connection; backups are not in WAL mode). */
export function readBackupFacts(path: string): BackupFacts {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const applicationId = copy.pragma('application_id', { simple: true }) as number;
    // The counter is kept by triggers in the same transaction as the rows, so it is exact.
    const counted = copy
      .prepare<[], { n: number }>("SELECT value AS n FROM counters WHERE name = 'live_customers'")
      .get();
    return { schemaVersion, applicationId, customers: counted?.n ?? 0 };
  } finally {
    copy.close();
  }
}

/**
 * Copies the database with VACUUM INTO on the writer's own connection, then opens the copy and
 * checks it: a backup only takes its name once SQLite itself says the copy is whole, so a file
 * under a backup's name is always a verified one (a half-written copy stays `.partial`).
 */
export function backupTo(db: Database.Database, path: string): BackupReport {
  if (db.inTransaction) {
    // Inside an open write transaction the copy could miss the transaction or not be written.
    throw new AppError('conflict', 'Cannot back up while a change is being saved; try again in a moment.');
  }
  if (existsSync(path)) {
    throw new AppError('conflict', `${path} already exists; choose a new file name for the backup.`, 'out');
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    try {
      db.prepare('VACUUM INTO ?').run(partial);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('internal', `The backup to ${path} failed: ${detail}`);
    }
    const check = checkFileNow(partial, 'integrity_check');
    if (!check.ok) {
      throw new AppError(
        'internal',
        `The backup at ${path} failed its integrity check: ${check.problems.slice(0, 3).join('; ')}`,
      );
    }
    const facts = readBackupFacts(partial);
    publishFile(partial, path);
    return {
      path,
      bytes: statSync(path).size,
      schemaVersion: facts.schemaVersion,
      customers: facts.customers,
    };
  } finally {
    rmSync(partial, { force: true });
  }
}
