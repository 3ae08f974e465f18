import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migration.ts';
import { backupTo } from './backup.ts';

export type Db = Database.Database;

/** "RGLR" in ASCII: marks a file as ours, so we never migrate somebody else's SQLite file. */
export const APPLICATION_ID = 0x52474c52;

/** 3.51.3 fixes a WAL-reset bug that can corrupt a database; older engines are refused. */
const MIN_SQLITE = [3, 51, 3] as const;

export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export function sqliteVersionIsSafe(version: string): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < MIN_SQLITE.length; i++) {
    const have = parts[i] ?? 0;
    const need = MIN_SQLITE[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}

export interface OpenOptions {
  /** Where the pre-migration backup goes; defaults to a `backups` folder beside the database. */
  backupDir?: string;
  now?: () => number;
  /** The schema steps to apply; tests pass extra ones to exercise a real upgrade. */
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the database and brings its schema up to date. It never deletes, truncates
 * or recreates an existing file: anything unexpected is refused with the file left as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const existed = existsSync(path) && statSync(path).size > 0;
  if (!existed) mkdirSync(dirname(path), { recursive: true });
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  const db = connect(path);
  try {
    const { version, userVersion, applicationId, hasTables } = readHeader(db, path);
    if (!sqliteVersionIsSafe(version)) {
      throw new DatabaseOpenError(
        `SQLite ${version} is too old: Regulars needs 3.51.3 or newer, which fixes a corruption bug.`,
      );
    }
    if (existed && userVersion === 0 && hasTables) {
      throw new DatabaseOpenError(
        `${path} is a SQLite database, but not a Regulars one; it was not changed.`,
      );
    }
    if (userVersion > 0 && applicationId !== APPLICATION_ID) {
      throw new DatabaseOpenError(`${path} belongs to another application; it was not changed.`);
    }
    if (userVersion > latest) {
      throw new DatabaseOpenError(
        `${path} was written by a newer Regulars (schema ${userVersion}, this one knows ${latest}); ` +
          'it was not changed. Please update Regulars.',
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Purged customers must really be gone: freed pages and cells are overwritten with zeros.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    if (userVersion < latest && userVersion > 0) {
      const now = options.now?.() ?? Date.now();
      const backupDir = options.backupDir ?? join(dirname(path), 'backups');
      mkdirSync(backupDir, { recursive: true });
      backupTo(db, join(backupDir, `regulars-v${userVersion}-before-migration-${now}.db`));
    }
    try {
      migrate(db, userVersion, migrations);
    } catch (error) {
      // Each step runs in one transaction, so a failed one (a full disk, a disk error) rolled back.
      const detail = error instanceof Error ? error.message : String(error);
      const copy = userVersion > 0 ? ', and a copy of it is in the backups folder beside it' : '';
      throw new DatabaseOpenError(
        `${path} could not be updated to this version of Regulars (${detail}); it was left as it was${copy}. ` +
          'Free some disk space or check the disk, then start again.',
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function unreadable(path: string, error: unknown): DatabaseOpenError {
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  // SQLite needs to write beside the file (the -wal and -shm) even to read a WAL database.
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new DatabaseOpenError(
      `Regulars cannot open ${path}: its folder ${dirname(path)} is read-only or cannot be reached ` +
        `(${detail}). Make the folder writable, or reconnect its drive, and start again; the file was not changed.`,
    );
  }
  return new DatabaseOpenError(`${path} cannot be read as a database (${detail}); it was not changed.`);
}

function connect(path: string): Db {
  try {
    return new Database(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function readHeader(db: Db, path: string) {
  try {
    return {
      version: db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v ?? '0',
      userVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      hasTables:
        (db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()
          ?.n ?? 0) > 0,
    };
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Applies every migration above `from`, each in its own transaction with its version number. */
export function migrate(db: Db, from: number, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.up);
      migration.backfill?.(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
