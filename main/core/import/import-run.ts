import type { ImportOptions, ImportReport } from '../../../shared/domain/imports.ts';
import type { Db } from '../db/open.ts';
import { pinLocalZone } from '../db/local-zone.ts';
import { prepared } from '../db/statements.ts';
import { newId } from '../ids.ts';
import { isBusyError } from '../jobs/busy.ts';
import { writeSetting } from '../repos/settings-repo.ts';
import { appendAudit, type AuditActor } from '../services/audit.ts';
import { prepareCustomerCsv, prepareVcards } from './customer-import.ts';
import { TAG_SEPARATOR_KEY } from './import-mapping.ts';
import { buildReport, rejectsCsv } from './import-report.ts';
import { prepareInteractionCsv } from './interaction-import.ts';
import type { PlanState, PreparedImport } from './plan-state.ts';
import type { Step } from './steps.ts';

export interface ImportSource {
  fileName: string;
  bytes: Uint8Array;
}

export interface RunEnv {
  /** The connection that does the work: the app's own in the CLI, a job's own otherwise. */
  db: Db;
  now: number;
  staffId: string | null;
  /** Whom the audit trail names for the import: the same person as staffId, or the CLI. */
  actor: AuditActor;
  /** Told when the import takes the write lock, and when it lets go. */
  onWriteLock?: (held: boolean) => void;
}

export interface ImportRun {
  report: ImportReport;
  /** The rejected rows as CSV, built when asked for. */
  rejects: () => string;
  customerIds: string[];
}

export function prepareImport(db: Db, source: ImportSource, options: ImportOptions): PreparedImport {
  if (options.kind === 'vcard') return prepareVcards(source.bytes, source.fileName, options);
  if (options.kind === 'interactions') return prepareInteractionCsv(db, source.bytes, options);
  return prepareCustomerCsv(db, source.bytes, source.fileName, options);
}

function insertImportRecord(
  db: Db,
  env: RunEnv,
  id: string,
  source: ImportSource,
  options: ImportOptions,
  report: ImportReport,
): number {
  // What the import was asked to do; dryRun is always false for a saved one.
  const kept = { ...options, dryRun: undefined };
  return Number(
    prepared<Record<string, unknown>, { seq: number }>(
      db,
      `INSERT INTO imports (id, kind, file_name, imported_at, staff_id, options, created_count, updated_count,
         skipped_count, rejected_count, customers_created)
       VALUES (@id, @kind, @fileName, @now, @staffId, @options, @imported, @updated, @skipped, @rejected, @customersCreated)
       RETURNING seq`,
    ).get({
      id,
      kind: options.kind,
      fileName: source.fileName,
      now: env.now,
      staffId: env.staffId,
      options: JSON.stringify(kept),
      imported: report.imported,
      updated: report.updated,
      skipped: report.skipped,
      rejected: report.rejected,
      customersCreated: report.customersCreated,
    })?.seq,
  );
}

function auditImport(db: Db, env: RunEnv, importId: string, source: ImportSource, report: ImportReport) {
  const counts = {
    added: report.imported,
    updated: report.updated,
    skipped: report.skipped,
    rejected: report.rejected,
    customersCreated: report.customersCreated,
  };
  appendAudit(db, env.actor, env.now, {
    action: 'import.run',
    subjectType: 'import',
    subjectId: importId,
    // The file's name and the counts: no customer's values, so an erase has nothing to remove here.
    summary: `Imported ${report.kind === 'interactions' ? 'history' : 'customers'} from a file: ${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped, ${counts.rejected} rejected`,
    details: { fileName: source.fileName, kind: report.kind, ...counts },
  });
}

/**
 * An import as one transaction: read the file, plan every row on a read snapshot, then take the
 * write lock and save. If someone else wrote in between (SQLite refuses to upgrade a stale
 * snapshot), the plan is made again under the lock, so what is saved is what the report says.
 * Stopping the generator anywhere (cancel, error) rolls everything back.
 */
export function* importSteps(
  env: RunEnv,
  source: ImportSource,
  options: ImportOptions,
): Generator<Step, ImportRun> {
  const { db } = env;
  yield { phase: 'reading', done: 0, total: 0 };
  const importable = prepareImport(db, source, options);
  const finish = (planned: PlanState, importId: string | null, customerIds: string[]): ImportRun => ({
    report: buildReport(options.kind, source.fileName, planned, importId, options.dryRun),
    rejects: () => rejectsCsv(importable.headers, importable.rows, planned.outcomes),
    customerIds,
  });
  let locked = false;
  db.exec('BEGIN');
  // Saving works out visit days and facts by local day in SQL, for every row imported.
  const unpinZone = pinLocalZone();
  try {
    let planned = yield* importable.plan(db, env.now);
    if (options.dryRun) return finish(planned, null, []);
    const importId = newId(env.now);
    let seq: number;
    try {
      seq = insertImportRecord(db, env, importId, source, options, finish(planned, importId, []).report);
    } catch (error) {
      if (!isBusyError(error)) throw error;
      db.exec('ROLLBACK');
      db.exec('BEGIN IMMEDIATE');
      planned = yield* importable.plan(db, env.now);
      seq = insertImportRecord(db, env, importId, source, options, finish(planned, importId, []).report);
    }
    locked = true;
    env.onWriteLock?.(true);
    const written = yield* planned.apply(db, { seq, now: env.now, staffId: env.staffId, country: '' });
    prepared(db, 'UPDATE imports SET interactions_created = ? WHERE seq = ?').run(written.interactions, seq);
    auditImport(db, env, importId, source, finish(planned, importId, []).report);
    // The separator that worked becomes the shop's default for the next file without a preset.
    if (options.kind === 'customers' && options.tagSeparator !== undefined) {
      writeSetting(db, TAG_SEPARATOR_KEY, options.tagSeparator);
    }
    db.exec('COMMIT');
    return finish(planned, importId, written.customerIds);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (locked) env.onWriteLock?.(false);
    unpinZone();
  }
}
