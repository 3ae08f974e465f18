import {
  importOptionsSchema,
  type ImportOptionsInput,
  type ImportReport,
  type JobProgress,
} from '../../../shared/domain/imports.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { importSteps, type ImportRun, type ImportSource } from '../import/import-run.ts';
import { runToEnd } from '../import/steps.ts';
import { readUpload } from '../import/uploads.ts';
import { cancelJob, isRunning, jobProgress, jobResult, startJob } from '../jobs/jobs.ts';
import { holdWriteLock, openWorkConnection } from '../jobs/work-connection.ts';
import { parseOrThrow } from '../validate.ts';
import { getCurrentStaffId } from './session.ts';
import { actorLabel } from './actor.ts';

export { appendUpload as uploadImportChunk } from '../import/uploads.ts';
export { inspectUpload } from '../import/inspect.ts';

/** Big imports name no ids: the lists refresh as a whole, and a long list of ids helps nobody. */
const LISTED_IDS = 500;

function announce(ctx: CoreContext, run: ImportRun): void {
  if (run.report.dryRun) return;
  const ids = run.customerIds.length <= LISTED_IDS ? run.customerIds : [];
  ctx.emit('customers:changed', { ids });
  if (run.report.kind === 'interactions') ctx.emit('interactions:changed', { customerIds: ids });
  ctx.emit('imports:changed', {});
  ctx.emit('loyalty:changed', { customerIds: ids });
}

/** Starts an import (or its dry run) of an uploaded file as a background job; poll its progress. */
export function startImport(
  ctx: CoreContext,
  uploadId: string,
  input: ImportOptionsInput,
): { jobId: string } {
  const options = parseOrThrow(importOptionsSchema, input);
  const source = readUpload(ctx, uploadId);
  if (!options.dryRun && isRunning(ctx, 'import')) {
    throw new AppError('conflict', 'Another import is running: wait for it to finish, or cancel it.');
  }
  const db = openWorkConnection(ctx);
  let release: (() => void) | undefined;
  const steps = importSteps(
    {
      db,
      now: ctx.now(),
      staffId: getCurrentStaffId(ctx),
      actor: actorLabel(ctx),
      onWriteLock: (held) => {
        if (held) release = holdWriteLock(ctx);
        else release?.();
      },
    },
    source,
    options,
  );
  const jobId = startJob(
    ctx,
    'import',
    steps,
    (run) => announce(ctx, run),
    () => db.close(),
  );
  return { jobId };
}

export function importStatus(ctx: CoreContext, jobId: string): JobProgress & { report: ImportReport | null } {
  const progress = jobProgress(ctx, jobId, 'import');
  return {
    ...progress,
    report: progress.state === 'done' ? jobResult<ImportRun>(ctx, jobId, 'import').report : null,
  };
}

export function cancelImport(ctx: CoreContext, jobId: string): { cancelled: boolean } {
  return { cancelled: cancelJob(ctx, jobId, 'import') };
}

export function importRejects(ctx: CoreContext, jobId: string): { fileName: string; csv: string } {
  const run = jobResult<ImportRun>(ctx, jobId, 'import');
  const base = run.report.fileName.replace(/\.[^.]*$/, '');
  return { fileName: `${base || 'import'}-rejected-rows.csv`, csv: run.rejects() };
}

/** The whole import at once, on the app's own connection: for the command line. */
export function runImportNow(ctx: CoreContext, source: ImportSource, input: ImportOptionsInput): ImportRun {
  const options = parseOrThrow(importOptionsSchema, input);
  const run = runToEnd(
    importSteps(
      { db: ctx.db, now: ctx.now(), staffId: getCurrentStaffId(ctx), actor: actorLabel(ctx) },
      source,
      options,
    ),
  );
  announce(ctx, run);
  return run;
}
