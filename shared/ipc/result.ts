// Errors cross every boundary as data: Electron forwards only `message` from a thrown error,
// and the web transport and CLI need the code and the field as well.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_channel',
  'forbidden',
  'internal',
  // The storage under the database failed: the change was not saved, earlier ones are safe.
  'disk_full',
  'read_only',
  'storage_unavailable',
  'storage_error',
  'database_damaged',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** The input field at fault ("email", "tags.2"), when there is one. */
  field?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
