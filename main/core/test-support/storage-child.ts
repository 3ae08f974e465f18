// A child process for the storage tests: a real core under a real limit (a file-size limit, a
// read-only folder), reporting each acknowledged write with a synchronous write to stdout so a
// line printed is a line the parent sees, whatever happens next.
import { writeSync } from 'node:fs';
import { createCore, type Core } from '../core.ts';
import { DatabaseOpenError } from '../db/open.ts';
import { TEST_ACTOR } from './test-actor.ts';

const [mode = '', dbPath = ''] = process.argv.slice(2);
const say = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`);

let core: Core;
try {
  core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
} catch (error) {
  say({
    opened: false,
    openError: error instanceof DatabaseOpenError,
    message: String((error as Error).message),
  });
  process.exit(0);
}
say({ opened: true });

if (mode === 'fill') {
  // Writes until the storage refuses, then shows the app still reads and answers.
  for (let i = 0; ; i++) {
    const result = core.call('customers:create', { firstName: `Guest ${i}`, notes: 'n'.repeat(1500) });
    if (!result.ok) {
      say({ refused: result.error });
      break;
    }
    say({ saved: (result.data as { id: string }).id });
  }
  say({ listAfter: core.call('customers:list', { limit: 1 }).ok });
} else if (mode === 'write') {
  say({ list: core.call('customers:list', { limit: 5 }) });
  say({ create: core.call('customers:create', { firstName: 'Eve' }) });
  say({ status: core.call('backups:status', {}) });
}
try {
  core.close();
} catch {
  // Closing checkpoints; under a full disk that may fail, and the WAL keeps the data.
}
