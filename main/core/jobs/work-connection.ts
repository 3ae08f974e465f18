import Database from 'better-sqlite3';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';

/**
 * A second connection for a long job, so its transaction stays its own while the app keeps
 * serving calls between its chunks: reads on the app's connection see the data as it was until
 * the job commits (WAL), and a cancelled job rolls back only its own work. The schema is
 * already current (the app's connection migrated it), so no migration runs here.
 */
export function openWorkConnection(ctx: CoreContext): Db {
  const db = new Database(ctx.databasePath, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  // Never wait for a lock: waiting would block the very event loop the other holder needs.
  db.pragma('busy_timeout = 0');
  // Bulk work touches many index pages; a 64 MB cache keeps them in memory.
  db.pragma('cache_size = -65536');
  return db;
}

/** Lets the app's own writes fail at once while a job holds the write lock, and back after. */
export function holdWriteLock(ctx: CoreContext): () => void {
  const before = ctx.db.pragma('busy_timeout', { simple: true });
  ctx.db.pragma('busy_timeout = 0');
  return () => {
    if (ctx.db.open) ctx.db.pragma(`busy_timeout = ${Number(before)}`);
  };
}
