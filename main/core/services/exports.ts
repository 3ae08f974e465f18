import {
  exportRequestSchema,
  type ExportFile,
  type ExportRecord,
  type ExportRequest,
} from '../../../shared/domain/exports.ts';
import type { JobProgress } from '../../../shared/domain/imports.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { AppError } from '../errors.ts';
import { exportSteps, type ExportOutput, type ParsedExportRequest } from '../export/export-run.ts';
import { newId } from '../ids.ts';
import { runToEnd } from '../import/steps.ts';
import { cancelJob, jobProgress, jobResult, startJob } from '../jobs/jobs.ts';
import { openWorkConnection } from '../jobs/work-connection.ts';
import { parseOrThrow } from '../validate.ts';
import { actorLabel } from './actor.ts';
import { appendAudit, type AuditActor } from './audit.ts';

/** Raw bytes per exports:chunk call: 3 MB, 4 MB as base64. */
export const EXPORT_CHUNK_BYTES = 3 * 1024 * 1024;

/** What the journal keeps of one export: never the customers' values, only what was asked. */
export interface ExportJournalEntry {
  format: ParsedExportRequest['format'];
  preset: ParsedExportRequest['preset'];
  scope: object;
  rows: number;
}

/**
 * Every export is journaled and audited: who, when, which format and list, how many customers.
 * Exports made elsewhere (a segment's CSV) call this too. Named after whoever started it, even if
 * someone else has signed in by the time a background export ends.
 */
export function journalExport(ctx: CoreContext, entry: ExportJournalEntry, actor = actorLabel(ctx)): void {
  const id = newId(ctx.now());
  const { format, preset, scope, rows } = entry;
  ctx.db.transaction(() => {
    prepared(
      ctx.db,
      `INSERT INTO exports (id, exported_at, staff_id, format, preset, scope, row_count)
       VALUES (@id, @now, @staffId, @format, @preset, @scope, @rows)`,
    ).run({ id, now: ctx.now(), staffId: actor.staffId, format, preset, scope: JSON.stringify(scope), rows });
    appendAudit(ctx.db, actor, ctx.now(), {
      action: 'export.run',
      subjectType: 'export',
      subjectId: id,
      summary: `Exported ${rows} customer${rows === 1 ? '' : 's'} as ${format} (${preset})`,
      details: { format, preset, scope, rows },
    });
  })();
}

function record(ctx: CoreContext, request: ParsedExportRequest, rows: number, actor: AuditActor): void {
  const scope =
    request.scope.kind === 'selection'
      ? { kind: 'selection', count: request.scope.ids.length }
      : request.scope;
  journalExport(ctx, { format: request.format, preset: request.preset, scope, rows }, actor);
}

function fileOf(output: ExportOutput): ExportFile {
  return {
    fileName: output.fileName,
    mimeType: output.mimeType,
    size: output.bytes.length,
    rows: output.rows,
    chunks: Math.max(1, Math.ceil(output.bytes.length / EXPORT_CHUNK_BYTES)),
  };
}

/** Starts an export as a job on a connection of its own, so the counter is served meanwhile. */
export function startExport(ctx: CoreContext, input: ExportRequest): { jobId: string } {
  const request = parseOrThrow(exportRequestSchema, input);
  const actor = actorLabel(ctx);
  const db = openWorkConnection(ctx);
  const jobId = startJob(
    ctx,
    'export',
    exportSteps(db, request, ctx.now()),
    (output) => record(ctx, request, output.rows, actor),
    () => db.close(),
  );
  return { jobId };
}

export function exportStatus(ctx: CoreContext, jobId: string): JobProgress & { file: ExportFile | null } {
  const progress = jobProgress(ctx, jobId, 'export');
  return {
    ...progress,
    file: progress.state === 'done' ? fileOf(jobResult<ExportOutput>(ctx, jobId, 'export')) : null,
  };
}

export function cancelExport(ctx: CoreContext, jobId: string): { cancelled: boolean } {
  return { cancelled: cancelJob(ctx, jobId, 'export') };
}

export function exportChunk(ctx: CoreContext, jobId: string, index: number): { data: string } {
  const output = jobResult<ExportOutput>(ctx, jobId, 'export');
  const start = index * EXPORT_CHUNK_BYTES;
  if (start >= Math.max(output.bytes.length, 1)) {
    throw new AppError('invalid_input', `index: the file has only ${fileOf(output).chunks} pieces`, 'index');
  }
  return { data: Buffer.from(output.bytes.subarray(start, start + EXPORT_CHUNK_BYTES)).toString('base64') };
}

/** The whole export at once on the app's connection: for the command line. */
export function runExportNow(ctx: CoreContext, input: ExportRequest): ExportOutput {
  const request = parseOrThrow(exportRequestSchema, input);
  const output = runToEnd(exportSteps(ctx.db, request, ctx.now()));
  record(ctx, request, output.rows, actorLabel(ctx));
  return output;
}

export function listExports(ctx: CoreContext, limit: number): ExportRecord[] {
  return prepared<
    [number],
    {
      id: string;
      exported_at: number;
      staff_id: string | null;
      format: ExportRecord['format'];
      preset: ExportRecord['preset'];
      scope: string;
      row_count: number;
    }
  >(ctx.db, 'SELECT * FROM exports ORDER BY exported_at DESC, rowid DESC LIMIT ?')
    .all(limit)
    .map((row) => ({
      id: row.id,
      exportedAt: row.exported_at,
      staffId: row.staff_id,
      format: row.format,
      preset: row.preset,
      scope: row.scope,
      rows: row.row_count,
    }));
}
