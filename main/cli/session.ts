import { existsSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import type { ChannelInput, ChannelOutput, SyncChannel } from '../../shared/ipc/contract.ts';
import type { HostActor } from '../core/context.ts';
import { createCore, type Core } from '../core/core.ts';
import { DatabaseOpenError, openDatabase, type Db } from '../core/db/open.ts';
import { CliError } from './cli-error.ts';
import { resolveDatabasePath } from './default-db-path.ts';
import { fromCoreError } from './field-labels.ts';
import type { CliIo } from './io.ts';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export function databasePathFor(globals: GlobalOptions, io: CliIo): string {
  return resolveDatabasePath(globals.db, process.platform, io.env, homedir());
}

/**
 * Every command but `init` needs a database that is already there: a mistyped --db must not
 * leave an empty database behind that the user then fills without noticing.
 */
export function requireExisting(path: string): void {
  if (!existsSync(path)) {
    throw new CliError(
      'not_found',
      `No Regulars database at ${path}. Run "regulars init" to create one, or point --db or REGULARS_DB at an existing file.`,
    );
  }
}

/** Opens the database with the same safety checks as the app; refusals leave the file untouched. */
export function openDb(path: string): Db {
  try {
    return openDatabase(path);
  } catch (error) {
    throw cannotOpen(path, error);
  }
}

export function withDb<T>(path: string, work: (db: Db) => T): T {
  requireExisting(path);
  const db = openDb(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * The command line is the owner's tool: whoever can run it on this machine can read the database
 * file anyway. It acts with the owner's rights, and the audit trail names it with the OS user.
 */
export function cliActor(io: CliIo): HostActor {
  let user = io.env.USER ?? io.env.USERNAME ?? '';
  if (user === '') {
    try {
      user = userInfo().username;
    } catch {
      user = 'unknown user';
    }
  }
  return { kind: 'host', label: `CLI (${user})` };
}

export function withCore<T>(path: string, io: CliIo, json: boolean, work: (core: Core) => T): T {
  requireExisting(path);
  let core: Core;
  try {
    core = createCore(path, { log: coreLogger(io, json), actor: cliActor(io) });
  } catch (error) {
    throw cannotOpen(path, error);
  }
  try {
    return work(core);
  } finally {
    core.close();
  }
}

/** One call through the validated dispatcher the UI uses; a failure becomes a CliError. */
export function request<C extends SyncChannel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): ChannelOutput<C> {
  const result = core.call(channel, input);
  if (!result.ok) throw fromCoreError(result.error, input);
  // The dispatcher ran the handler registered for this channel, so the data has its output type.
  return result.data as ChannelOutput<C>;
}

function cannotOpen(path: string, error: unknown): CliError {
  if (error instanceof DatabaseOpenError) return new CliError('cannot_open_database', error.message);
  // better-sqlite3 is compiled for the project's Node and loads on first open; another Node fails here.
  if (error instanceof Error && 'code' in error && error.code === 'ERR_DLOPEN_FAILED') {
    return new CliError(
      'internal',
      `The SQLite driver was built for another Node than this one (${process.versions.node}); ` +
        'run Regulars through "npx regulars" or "npm run regulars --", which use the project\'s Node 24.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError('cannot_open_database', `Cannot open ${path}: ${detail}`);
}

/**
 * Internal failures go to stderr so a bug report has its stack, except with --json, where
 * stderr must stay one parseable error. Slow-call notices are for the app's log: a one-shot CLI
 * pays for a cold statement cache on every run, so they would only be noise.
 * REGULARS_DEBUG=1 shows everything.
 */
function coreLogger(io: CliIo, json: boolean): (message: string) => void {
  const debug = io.env.REGULARS_DEBUG === '1';
  return (message) => {
    if (debug || (!json && !message.includes('slow call'))) io.stderr.write(`${message}\n`);
  };
}
