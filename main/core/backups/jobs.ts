import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { backupStateOf, type JobKind } from './backup-state.ts';
import { asAppError } from './describe-failure.ts';

const CONSEQUENCE: Record<JobKind, string> = {
  backup: 'The backup was not made; the database itself is unchanged.',
  restore: 'Nothing was restored; the database is as it was.',
};

/** One backup or restore at a time per core: a restore must never swap the file under a running copy. */
export function assertIdle(ctx: CoreContext): void {
  const running = backupStateOf(ctx).running;
  if (running === 'backup') {
    throw new AppError('conflict', 'A backup is being taken right now; try again when it is done.');
  }
  if (running === 'restore') {
    throw new AppError('conflict', 'A restore is under way; try again when it is done.');
  }
}

/**
 * Runs a backup or a restore as the core's one job, keeps how it ended for Settings, and tells
 * the renderer when it starts and ends ('backups:changed'). Failures are rethrown as AppErrors
 * whose message names the cause (a full disk, a read-only folder, a damaged backup).
 */
export async function runJob<T>(
  ctx: CoreContext,
  job: JobKind,
  work: () => Promise<T>,
  success: (result: T) => string,
): Promise<T> {
  assertIdle(ctx);
  const state = backupStateOf(ctx);
  state.running = job;
  ctx.emit('backups:changed', {});
  try {
    const result = await work();
    state.lastOutcome = { job, ok: true, message: success(result), at: ctx.now() };
    return result;
  } catch (error) {
    const failure = asAppError(ctx, error, { consequence: CONSEQUENCE[job] });
    state.lastOutcome = { job, ok: false, message: failure.message, at: ctx.now() };
    throw failure;
  } finally {
    state.running = null;
    ctx.emit('backups:changed', {});
  }
}
