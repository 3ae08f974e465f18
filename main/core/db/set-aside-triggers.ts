import type { Db } from './open.ts';

/**
 * Drops the named triggers inside the caller's transaction and returns what puts them back,
 * exactly as they were (their SQL read from the schema). For bulk writes that do in one statement
 * afterwards what the triggers would do row by row. DDL is transactional in SQLite: if the
 * transaction rolls back instead (a cancelled or failed import), the triggers come back with it,
 * so the returned function must be called only on the way to a commit.
 */
export function setAsideTriggers(db: Db, names: readonly string[]): () => void {
  if (!db.inTransaction) throw new Error('triggers are set aside only inside a transaction');
  const rows = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`,
    )
    .all(...names);
  const missing = names.filter((name) => !rows.some((row) => row.name === name));
  if (missing.length > 0) throw new Error(`no trigger named ${missing.join(', ')}`);
  // The names come from the schema itself: nothing outside it reaches this SQL.
  for (const row of rows) db.exec(`DROP TRIGGER "${row.name}"`);
  return () => {
    for (const row of rows) db.exec(row.sql);
  };
}
