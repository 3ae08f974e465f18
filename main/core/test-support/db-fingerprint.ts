import { createHash } from 'node:crypto';
import type { Db } from '../db/open.ts';

/**
 * Every row of every real table (search index shadow tables included), hashed in a stable order:
 * two equal fingerprints mean "nothing changed". The same idea as main/web/db-snapshot.ts, kept
 * inside the core so core tests do not reach into the web transport.
 */
export function fingerprint(db: Db): { counts: Record<string, number>; hash: string } {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all();
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
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
