import { contract, isChannel } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import type { CoreContext } from '../context.ts';
import { storageErrorOf } from '../db/storage-errors.ts';
import { AppError } from '../errors.ts';
import { busyErrorData } from '../jobs/busy.ts';
import { parseOrThrow } from '../validate.ts';
import { handlers, type Handler } from './handlers.ts';

/** Signal's threshold: anything slower would be felt at the counter, so it is logged. */
export const SLOW_CALL_MS = 40;

export type Logger = (message: string) => void;

/**
 * The one entry point for untrusted callers (IPC, the web transport, the fuzz test): checks the
 * channel, validates the input with the contract, runs the handler, and turns every failure into
 * data. Writes run in transactions, so a failed call has changed nothing.
 */
export function dispatch(
  ctx: CoreContext,
  channel: unknown,
  input: unknown,
  log: Logger = (message) => console.warn(message),
): Result<unknown> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` },
    };
  }
  const started = performance.now();
  try {
    const parsed = parseOrThrow(contract[channel].input, input);
    const handler: Handler<typeof channel> = handlers[channel];
    return { ok: true, data: handler(ctx, parsed) };
  } catch (error) {
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
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Regulars; nothing was changed.' },
    };
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > SLOW_CALL_MS) log(`[regulars] slow call: ${channel} took ${elapsed.toFixed(1)} ms`);
  }
}
