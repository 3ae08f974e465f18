import { setImmediate } from 'node:timers/promises';
import type { JobProgress } from '../../../shared/domain/imports.ts';
import type { AppErrorData } from '../../../shared/ipc/result.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Step } from '../import/steps.ts';
import { busyErrorData } from './busy.ts';

// Long work runs as a job: a generator driven a slice of time at a time, between which the
// event loop serves the counter. The caller polls its progress and may cancel it; the result
// stays here until read or replaced by newer jobs.

export type JobKind = 'import' | 'export';

interface Job {
  id: string;
  kind: JobKind;
  state: JobProgress['state'];
  step: Step;
  result: unknown;
  error: AppErrorData | null;
  cancelRequested: boolean;
  finishedAt: number | null;
}

/** Work in slices of about this long, then let other calls in. */
const SLICE_MS = 40;
const KEPT_FINISHED = 8;

const registries = new WeakMap<Db, Map<string, Job>>();

function registry(ctx: CoreContext): Map<string, Job> {
  let jobs = registries.get(ctx.db);
  if (!jobs) {
    jobs = new Map();
    registries.set(ctx.db, jobs);
  }
  return jobs;
}

function errorData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const busy = busyErrorData(error);
  if (busy) return busy;
  console.warn(
    `[regulars] a job failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return { code: 'internal', message: 'Something went wrong inside Regulars; nothing was changed.' };
}

function prune(jobs: Map<string, Job>): void {
  const finished = [...jobs.values()].filter((job) => job.finishedAt !== null);
  finished.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
  for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) jobs.delete(job.id);
}

export function isRunning(ctx: CoreContext, kind: JobKind): boolean {
  return [...registry(ctx).values()].some((job) => job.kind === kind && job.state === 'running');
}

async function drive(
  job: Job,
  steps: Generator<Step, unknown>,
  settle: (result: unknown) => void,
  cleanup: () => void,
): Promise<void> {
  try {
    for (;;) {
      await setImmediate();
      if (job.cancelRequested) {
        // Runs the generator's finally blocks: its transaction is rolled back.
        steps.return(undefined);
        job.state = 'cancelled';
        return;
      }
      const until = performance.now() + SLICE_MS;
      let next = steps.next();
      while (!next.done && performance.now() < until) next = steps.next();
      if (next.done) {
        job.result = next.value;
        job.state = 'done';
        settle(next.value);
        return;
      }
      job.step = next.value;
    }
  } catch (error) {
    job.state = 'failed';
    job.error = errorData(error);
  } finally {
    job.finishedAt = Date.now();
    cleanup();
  }
}

/** Starts work in the background; `settle` runs once it is done (to emit change events). */
export function startJob<R>(
  ctx: CoreContext,
  kind: JobKind,
  steps: Generator<Step, R>,
  settle: (result: R) => void,
  cleanup: () => void = () => {},
): string {
  const jobs = registry(ctx);
  prune(jobs);
  const job: Job = {
    id: newId(ctx.now()),
    kind,
    state: 'running',
    step: { phase: 'reading', done: 0, total: 0 },
    result: null,
    error: null,
    cancelRequested: false,
    finishedAt: null,
  };
  jobs.set(job.id, job);
  void drive(job, steps, (result) => settle(result as R), cleanup);
  return job.id;
}

function findJob(ctx: CoreContext, id: string, kind: JobKind): Job {
  const job = registry(ctx).get(id);
  if (!job || job.kind !== kind) throw notFound(`${kind} job`, id);
  return job;
}

export function jobProgress(ctx: CoreContext, id: string, kind: JobKind): JobProgress {
  const job = findJob(ctx, id, kind);
  const step =
    job.state === 'done' ? { ...job.step, phase: 'done' as const, done: job.step.total } : job.step;
  return {
    jobId: job.id,
    state: job.state,
    phase: step.phase,
    done: step.done,
    total: step.total,
    error: job.error,
  };
}

/** Asks a running job to stop at its next slice; returns whether it was still running. */
export function cancelJob(ctx: CoreContext, id: string, kind: JobKind): boolean {
  const job = findJob(ctx, id, kind);
  if (job.state !== 'running') return false;
  job.cancelRequested = true;
  return true;
}

/** A finished job's result; refused while it runs or after it failed. */
export function jobResult<R>(ctx: CoreContext, id: string, kind: JobKind): R {
  const job = findJob(ctx, id, kind);
  if (job.state !== 'done') throw new AppError('conflict', `This ${kind} has no result: it is ${job.state}.`);
  return job.result as R;
}
