// Test support for the backup tests: waiting for a background job, reading names, damaging a file.
import Database from 'better-sqlite3';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import { backupStateOf } from '../backups/backup-state.ts';
import type { CoreContext } from '../context.ts';

/** Resolves once no backup or restore is running (jobs started from a channel run in the background). */
export async function jobsDone(ctx: CoreContext): Promise<void> {
  await vi.waitFor(
    () => {
      if (backupStateOf(ctx).running !== null) throw new Error('still running');
    },
    { timeout: 20_000, interval: 10 },
  );
}

export function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/**
 * Overwrites the first page of the customers table's b-tree with garbage, the way a bad sector or
 * a torn write by a broken disk would: SQLite's quick_check then reports the tree as damaged.
 */
export function damageCustomersTable(path: string): void {
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db
    .prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_master WHERE name = 'customers'")
    .get()?.rootpage;
  db.close();
  if (root === undefined) throw new Error('no customers table');
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Every row of every table (search index shadow tables included), sorted: equal means nothing changed. */
export function allRows(db: Database.Database): Record<string, string[]> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all();
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db
        .prepare(`SELECT * FROM "${table}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

export function fileBytes(path: string): Buffer {
  return readFileSync(path);
}

/** The bytes of the damaged file a restore set aside in the backups folder beside `dbPath`. */
export function damagedCopyBeside(dbPath: string): Buffer | undefined {
  const folder = join(dirname(dbPath), 'backups');
  const file = filesIn(folder).find((name) => name.endsWith('-damaged.db'));
  return file === undefined ? undefined : readFileSync(join(folder, file));
}
