import type { CliErrorData } from './cli-error.ts';
import type { CliIo } from './io.ts';

/**
 * The one place that decides between human and machine output. With --json, stdout carries
 * exactly one JSON document and stderr exactly one `{"error": …}`, so scripts can parse both.
 */
export interface Output {
  readonly json: boolean;
  /** Prints a command's result: the data as JSON, or the human text built on demand. */
  result(data: unknown, human: () => string): void;
  error(error: CliErrorData, hint?: string): void;
  /** Diagnostics a person may want but a script must not have to parse. */
  note(text: string): void;
}

export function createOutput(io: CliIo, json: boolean): Output {
  return {
    json,
    result(data, human) {
      io.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : withNewline(human()));
    },
    error(error, hint) {
      if (json) {
        io.stderr.write(`${JSON.stringify({ error })}\n`);
        return;
      }
      io.stderr.write(`regulars: ${error.message}\n`);
      if (hint) io.stderr.write(`${hint}\n`);
    },
    note(text) {
      if (!json) io.stderr.write(withNewline(text));
    },
  };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
