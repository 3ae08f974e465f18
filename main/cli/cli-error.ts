import type { AppErrorData, ErrorCode } from '../../shared/ipc/result.ts';

/** Exit codes: 2 means "you typed something wrong", 1 means "it could not be done". */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The core's codes, plus one for a database file the CLI refuses to open. */
export type CliErrorCode = ErrorCode | 'cannot_open_database';

export interface CliErrorData extends Omit<AppErrorData, 'code'> {
  code: CliErrorCode;
}

/** A failure the CLI reports as is: a specific message, the error code, and the exit code. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly field: string | undefined;
  readonly exitCode: number;

  constructor(code: CliErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.field = field;
    this.exitCode = code === 'invalid_input' ? EXIT_USAGE : EXIT_FAILURE;
  }

  toData(): CliErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function invalidInput(message: string, field?: string): CliError {
  return new CliError('invalid_input', message, field);
}
