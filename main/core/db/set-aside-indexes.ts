import type { Db } from './open.ts';

/**
 * Drops a table's plain secondary indexes (or only those whose key holds one of `keyColumns`)
 * inside the caller's transaction and returns what builds them again from their own SQL, for a
 * bulk write of many rows: building an index sorts its keys
 * once, where a million inserts each find their own place in it at random. Only indexes made by a
 * plain CREATE INDEX go: those behind a PRIMARY KEY or UNIQUE stay, so every insert is still checked
 * against them. DDL is transactional in SQLite: if the transaction rolls back instead (a cancelled
 * or failed import), the indexes come back with it, so the returned function must be called on the
 * way to a commit, before anything reads the table by them.
 */
export function setAsideIndexes(db: Db, table: string, keyColumns?: readonly string[]): () => void {
  if (!db.inTransaction) throw new Error('indexes are set aside only inside a transaction');
  const plain = new Set(
    db
      .prepare<[string], { name: string; unique: number; origin: string }>(
        'SELECT name, "unique", origin FROM pragma_index_list(?)',
      )
      .all(table)
      .filter((index) => index.origin === 'c' && index.unique === 0)
      .filter((index) => keyColumns === undefined || keyHasAny(db, index.name, keyColumns))
      .map((index) => index.name),
  );
  const rows = db
    .prepare<[string], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
    )
    .all(table)
    .filter((row) => plain.has(row.name));
  // The names come from the schema itself: nothing outside it reaches this SQL.
  for (const row of rows) db.exec(`DROP INDEX "${row.name}"`);
  return () => {
    for (const row of rows) db.exec(row.sql);
  };
}

/** Whether the index's key holds one of these columns: an update of only those leaves the others alone. */
function keyHasAny(db: Db, index: string, columns: readonly string[]): boolean {
  return db
    .prepare<[string], { name: string | null }>('SELECT name FROM pragma_index_xinfo(?) WHERE key = 1')
    .all(index)
    .some((column) => column.name !== null && columns.includes(column.name));
}

/**
 * Whether writing `incoming` rows is worth setting the table's indexes aside: rebuilding them
 * reads every row already there, so only when the new rows are at least as many. The highest
 * rowid stands for the row count (at least as many rows were ever stored): it costs no scan.
 */
export function manyComparedWith(db: Db, table: string, incoming: number): boolean {
  const stored = db.prepare<[], number>(`SELECT coalesce(max(rowid), 0) FROM "${table}"`).pluck().get() ?? 0;
  return incoming >= stored;
}
