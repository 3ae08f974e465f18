import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../errors.ts';

export interface BackupReport {
  path: string;
  bytes: number;
  schemaVersion: number;
}

/**
 * Copies the database with VACUUM INTO on the writer's own connection, then opens the copy and
 * checks it: a backup only counts once SQLite itself says the copy is whole.
 */
export function backupTo(db: Database.Database, path: string): BackupReport {
  if (db.inTransaction) {
    // Inside an open write transaction the copy could miss the transaction or not be written.
    throw new AppError('conflict', 'Cannot back up while a change is being saved; try again in a moment.');
  }
  if (existsSync(path)) {
    throw new AppError('conflict', `${path} already exists; choose a new file name for the backup.`, 'out');
  }
  try {
    db.prepare('VACUUM INTO ?').run(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `The backup to ${path} failed: ${detail}`);
  }
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw new AppError(
        'internal',
        `The backup at ${path} failed its integrity check: ${String(integrity)}`,
      );
    }
    return {
      path,
      bytes: statSync(path).size,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    copy.close();
  }
}
