import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/** Settings are JSON values under a key; a missing key reads as undefined so callers pick defaults. */
export function readSetting(db: Db, key: string): unknown {
  const row = prepared<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
