import type { Env } from './default-db-path.ts';

export interface Writer {
  write(text: string): unknown;
}

/** Everything the CLI touches of its process, so tests can run it in-process and read its output. */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  env: Env;
  /** All of standard input, for commands that read a secret from it (staff set-pin). */
  readStdin?: () => string;
}
