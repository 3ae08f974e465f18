import { dirname } from 'node:path';
import { isDamaged } from '../backups/backup-state.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';

const NOT_SAVED = 'This change was not saved; everything saved before it is safe.';

export interface StorageContext {
  /** What did not happen; a change by default. */
  consequence?: string;
  /** The folder the failing write went to; the database's by default. */
  folder?: string;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns a failure of the storage under the database into a message a shop owner can act on.
 * SQLite reports these as SQLITE_FULL, SQLITE_READONLY…, SQLITE_CANTOPEN…, SQLITE_IOERR… and
 * SQLITE_CORRUPT/NOTADB; the file system (backups) as ENOSPC, EROFS, EACCES and EIO. Writes run
 * in transactions, so the failed change rolled back and what was committed before is on disk.
 * Anything else returns undefined: it is a bug, not the disk.
 */
export function storageErrorOf(
  ctx: CoreContext,
  error: unknown,
  about: StorageContext = {},
): AppError | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const folder = about.folder ?? dirname(ctx.databasePath);
  const consequence = about.consequence ?? NOT_SAVED;
  if (
    (isDamaged(ctx) && code.startsWith('SQLITE_')) ||
    code.startsWith('SQLITE_CORRUPT') ||
    code === 'SQLITE_NOTADB'
  ) {
    return new AppError(
      'database_damaged',
      'Regulars found damage in its database file, so it will not change it. ' +
        'Restore the latest good backup in Settings → Backups; nothing saved in a backup is lost.',
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT') {
    return new AppError(
      'disk_full',
      `The disk holding ${folder} is full. ${consequence} Free some space, then try again.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError(
      'read_only',
      `Regulars may not write in ${folder}: the folder or its database file is read-only. ${consequence} ` +
        'Make the folder writable (or move it off a locked or read-only drive), then try again.',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO') {
    return new AppError(
      'storage_unavailable',
      `Regulars cannot reach its database in ${folder}; the drive may have been removed. ${consequence}`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError(
      'storage_error',
      `The disk reported an error (${code}) while Regulars was using ${folder}. ${consequence} ` +
        'If it happens again, check the disk and restore a backup in Settings → Backups.',
    );
  }
  return undefined;
}
