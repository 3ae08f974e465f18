import type { AppErrorData } from '../../../shared/ipc/result.ts';

/** SQLite's "another connection holds the write lock" (SQLITE_BUSY and its extended codes). */
export function isBusyError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    String(error.code).startsWith('SQLITE_BUSY')
  );
}

/**
 * While an import holds the write lock (a few seconds, between its chunks), other writes are
 * refused at once rather than freezing the app for the busy timeout: this says so in words.
 */
export function busyErrorData(error: unknown): AppErrorData | null {
  if (!isBusyError(error)) return null;
  return {
    code: 'conflict',
    message: 'The database is busy saving an import; nothing was changed. Try again in a moment.',
  };
}
