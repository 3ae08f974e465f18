import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createCore, type Core, type CoreOptions } from '../core.ts';
import { checkFileOffThread } from '../db/check-file.ts';

/** Codes that mean the bytes are wrong, not that the file could not be reached. */
function isDamageCode(code: string): boolean {
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** A file that does not even start like a database is not a damaged one: openDatabase refuses it. */
function looksLikeSqlite(path: string): boolean {
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_MAGIC);
}

/**
 * Runs quick_check on a read-only connection in a worker (seconds for a 300 MB database, and the
 * host stays responsive) and returns what it found wrong, or undefined for a healthy file. A
 * file that cannot be reached at all is left to openDatabase, which explains why.
 */
export async function findDamage(path: string): Promise<string[] | undefined> {
  if (!existsSync(path) || statSync(path).size === 0 || !looksLikeSqlite(path)) return undefined;
  const check = await checkFileOffThread(path, 'quick_check');
  if (check.ok) return undefined;
  if (check.code !== undefined && !isDamageCode(check.code)) return undefined;
  return check.problems.slice(0, 20);
}

/**
 * How long-running hosts (the desktop app, the browser mode) open the core: quick_check first,
 * and on damage a core that never writes to the file, explains, and offers the latest backup.
 */
export async function openCoreChecked(path: string, options: CoreOptions = {}): Promise<Core> {
  const damage = await findDamage(path);
  return createCore(path, damage ? { ...options, damage } : options);
}
