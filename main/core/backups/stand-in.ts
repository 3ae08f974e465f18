import { openDatabase, type Db } from '../db/open.ts';

/**
 * What the core runs on while its file is damaged: an empty in-memory database at the latest
 * schema that refuses every write (query_only). The damaged file is never opened for writing,
 * the app still starts, and every screen can explain and offer the latest good backup.
 */
export function openStandIn(): Db {
  const db = openDatabase(':memory:');
  db.pragma('query_only = ON');
  return db;
}
