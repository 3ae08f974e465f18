import type { AppErrorData, ErrorCode } from '../../shared/ipc/result.ts';

/** An error meant for the user: its message is specific and safe to show as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toData(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `No ${what} with id ${id}.`);
}
