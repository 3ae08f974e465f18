import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBackupFacts } from '../db/backup.ts';
import { parseBackupFileName, ROTATED_KINDS, type BackupKind } from './backup-names.ts';
import { backupsToKeep } from './rotation.ts';

export interface BackupFile {
  /** The file name inside its folder: what the UI and `regulars backup restore` name it by. */
  file: string;
  path: string;
  kind: BackupKind;
  takenAt: number;
  bytes: number;
  /** null when the copy cannot be read (damaged since, or not a Regulars file). */
  customers: number | null;
  schemaVersion: number | null;
}

interface Named {
  file: string;
  path: string;
  kind: BackupKind;
  takenAt: number;
}

/** Backups by name only, newest first: cheap enough for a timer to call every hour. */
export function namedBackups(folder: string): Named[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: Named[] = [];
  for (const file of names) {
    const parsed = parseBackupFileName(file);
    if (parsed) found.push({ file, path: join(folder, file), ...parsed });
  }
  return found.sort((a, b) => b.takenAt - a.takenAt || b.file.localeCompare(a.file));
}

// Opening each backup to count its customers is cheap, but the list is read on every visit to
// Settings; a file's facts cannot change while its size and time stay the same.
const factsCache = new Map<string, { customers: number | null; schemaVersion: number | null }>();

function factsOf(path: string, bytes: number, mtimeMs: number) {
  const key = `${path}\0${bytes}\0${mtimeMs}`;
  let facts = factsCache.get(key);
  if (!facts) {
    try {
      const read = readBackupFacts(path);
      facts = { customers: read.customers, schemaVersion: read.schemaVersion };
    } catch {
      facts = { customers: null, schemaVersion: null };
    }
    if (factsCache.size > 500) factsCache.clear();
    factsCache.set(key, facts);
  }
  return facts;
}

/** Every backup in the folder, newest first, with its size and customer count. */
export function listBackupFiles(folder: string): BackupFile[] {
  const files: BackupFile[] = [];
  for (const named of namedBackups(folder)) {
    let stat;
    try {
      stat = statSync(named.path);
    } catch {
      continue; // removed meanwhile (rotation in another process)
    }
    if (!stat.isFile()) continue;
    // A damaged file is kept byte for byte for a rescue: never opened, not even to count.
    const facts =
      named.kind === 'damaged'
        ? { customers: null, schemaVersion: null }
        : factsOf(named.path, stat.size, stat.mtimeMs);
    files.push({ ...named, bytes: stat.size, ...facts });
  }
  return files;
}

/** A `.partial` this old is a copy abandoned by a crash or a quit, not one being written now. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Deletes the automatic and manual backups the rotation no longer keeps, and abandoned partial
 * copies. Only names this module wrote are touched, so a folder shared with other files is safe.
 * Returns the deleted file names.
 */
export function rotateFolder(folder: string): string[] {
  const rotated = namedBackups(folder).filter((backup) => ROTATED_KINDS.has(backup.kind));
  const keep = backupsToKeep(rotated);
  const deleted: string[] = [];
  for (const backup of rotated) {
    if (keep.has(backup)) continue;
    rmSync(backup.path, { force: true });
    deleted.push(backup.file);
  }
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.db.partial') || !parseBackupFileName(file.slice(0, -'.partial'.length))) continue;
    const path = join(folder, file);
    try {
      // File times are the wall clock's, so this compares with the wall clock, not ctx.now().
      if (Date.now() - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
  return deleted;
}
