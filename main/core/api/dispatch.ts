import { contract, isAsyncChannel, isChannel, type Channel } from '../../../shared/ipc/contract.ts';
import type { AppErrorData, Result } from '../../../shared/ipc/result.ts';
import type { CoreContext } from '../context.ts';
import { storageErrorOf } from '../db/storage-errors.ts';
import { AppError } from '../errors.ts';
import { busyErrorData } from '../jobs/busy.ts';
import { expireIdleSession } from '../services/auth-status.ts';
import { parseOrThrow } from '../validate.ts';
import { assertAllowed } from './access.ts';
import { handlers } from './handlers.ts';

/** Signal's threshold: anything slower would be felt at the counter, so it is logged. */
export const SLOW_CALL_MS = 40;

export type Logger = (message: string) => void;

const INTERNAL: AppErrorData = {
  code: 'internal',
  message: 'Something went wrong inside Regulars; nothing was changed.',
};

function failure(ctx: CoreContext, channel: Channel, error: unknown, log: Logger): Result<never> {
  if (error instanceof AppError) return { ok: false, error: error.toData() };
  // A write refused while an import holds the database's write lock (see jobs/work-connection.ts).
  const busy = busyErrorData(error);
  if (busy) return { ok: false, error: busy };
  // A full disk, a read-only folder or a failing drive: the user can act on it, so say which.
  const storage = storageErrorOf(ctx, error);
  if (storage) {
    log(`[regulars] ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, error: storage.toData() };
  }
  log(
    `[regulars] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return { ok: false, error: INTERNAL };
}

type AnyHandler = (ctx: CoreContext, input: unknown) => unknown;

/**
 * The one entry point for untrusted callers (IPC, the web transport, the fuzz test): checks the
 * channel, locks an idle session, checks that whoever is signed in may call it, validates the
 * input with the contract, runs the handler, and turns every failure into data. Writes run in
 * transactions, so a failed call has changed nothing (a wrong PIN is the exception: it is counted).
 * Channels marked async in the contract answer with a promise, all others synchronously.
 */
export function dispatch(
  ctx: CoreContext,
  channel: unknown,
  input: unknown,
  log: Logger = (message) => console.warn(message),
): Result<unknown> | Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` },
    };
  }
  const started = performance.now();
  let pending = false;
  try {
    expireIdleSession(ctx);
    assertAllowed(ctx, channel);
    const parsed = parseOrThrow(contract[channel].input, input);
    const output = (handlers[channel] as AnyHandler)(ctx, parsed);
    if (output instanceof Promise) {
      // Slow on purpose (a PIN hash takes a few hundred ms off the main thread): not logged as slow.
      pending = true;
      return output.then(
        (data): Result<unknown> => ({ ok: true, data }),
        (error: unknown) => failure(ctx, channel, error, log),
      );
    }
    return { ok: true, data: output };
  } catch (error) {
    return failure(ctx, channel, error, log);
  } finally {
    const elapsed = performance.now() - started;
    if (!pending && elapsed > SLOW_CALL_MS)
      log(`[regulars] slow call: ${channel} took ${elapsed.toFixed(1)} ms`);
  }
}

/**
 * For in-process callers that want an answer at once (the CLI, tests): a channel that answers
 * asynchronously is refused before anything runs, rather than handing back a promise.
 */
export function dispatchNow(
  ctx: CoreContext,
  channel: unknown,
  input: unknown,
  log?: Logger,
): Result<unknown> {
  if (isChannel(channel) && isAsyncChannel(channel)) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `${channel} answers asynchronously (it checks a PIN): call it with core.invoke.`,
      },
    };
  }
  const result = dispatch(ctx, channel, input, log);
  if (result instanceof Promise) throw new Error(`${String(channel)} answered asynchronously`);
  return result;
}
