// Test support: a fingerprint of every row, to prove a refused or cancelled call changed nothing.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open.ts';

export interface DbFingerprint {
  counts: Record<string, number>;
  hash: string;
}

/**
 * Counts and hashes every real table, including the search index's shadow tables (the virtual
 * table itself reads through them), and the schema version. Rows are sorted so the hash ignores
 * storage order: two equal fingerprints mean "nothing changed".
 */
export function fingerprint(db: Db): DbFingerprint {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all();
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    counts[table] = rows.length;
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return { counts, hash: hash.digest('hex') };
}
