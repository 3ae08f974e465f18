import type { PreviewRow } from '../../../shared/domain/imports.ts';
import { targetLabel } from '../../../shared/domain/import-targets.ts';
import type { Db } from '../db/open.ts';
import type { ImportStamp } from './customer-apply.ts';
import type { PlannedImport } from './import-report.ts';
import type { SourceRow } from './source-rows.ts';
import type { Step } from './steps.ts';

/** A plan ready to be written: applying it returns the ids of every customer it touched. */
export interface PlanState extends PlannedImport {
  apply(db: Db, stamp: ImportStamp): Generator<Step, { customerIds: string[]; interactions: number }>;
}

/** Reads a file and plans it; plan() runs again (on a fresh index) if the data changed meanwhile. */
export interface PreparedImport {
  headers: string[];
  rows: SourceRow[];
  plan(db: Db, now: number): Generator<Step, PlanState>;
}

/** A row the preview shows as it was read, when there is nothing planned for it. */
export function rawPreview(row: SourceRow): Record<string, string> {
  const read = row.read().values;
  if (!read)
    return Object.fromEntries(row.cells.slice(0, 8).map((cell, index) => [`Column ${index + 1}`, cell]));
  const values: Record<string, string> = {};
  for (const [target, texts] of read) {
    const text = texts.filter(Boolean).join(', ');
    if (text !== '') values[targetLabel(target)] = text;
  }
  return values;
}

export function previewOf(
  row: SourceRow,
  outcome: { action: PreviewRow['action']; message: string; field: string },
  values: Record<string, string>,
): PreviewRow {
  const message =
    outcome.action === 'reject' && outcome.field ? `${outcome.field}: ${outcome.message}` : outcome.message;
  return { row: row.row, action: outcome.action, message, values };
}
