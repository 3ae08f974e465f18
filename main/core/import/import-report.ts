import type { ImportKind } from '../../../shared/domain/import-targets.ts';
import type { ImportIssue, ImportReport, PreviewRow } from '../../../shared/domain/imports.ts';
import { csvLine, UTF8_BOM } from '../export/csv-write.ts';
import type { ConsentChange } from './customer-candidate.ts';
import type { PlannedFields } from './customer-merge.ts';
import type { RowOutcome } from './customer-plan.ts';
import type { SourceRow } from './source-rows.ts';
import { customValueText } from './values.ts';

/** How many rows the wizard previews, and how many problems a report lists (the CSV has all). */
export const PREVIEW_ROWS = 20;
export const LISTED_ISSUES = 1000;

export interface PlannedImport {
  outcomes: RowOutcome[];
  preview: PreviewRow[];
  customersCreated: number;
}

/** A customer as the preview shows it: only what is filled in, under the names the wizard uses. */
export function customerPreview(
  fields: PlannedFields,
  consents: readonly ConsentChange[],
  fieldNames: ReadonlyMap<string, string>,
): Record<string, string> {
  const values: Record<string, string> = {
    'First Name': fields.firstName,
    'Last Name': fields.lastName,
    Phone: fields.phone,
    Email: fields.email,
    Birthday: fields.birthday,
    Address: fields.address,
    Notes: fields.notes,
    Tags: fields.tags.join(', '),
    'Customer Code': fields.code,
  };
  for (const [fieldId, value] of Object.entries(fields.customFields))
    values[fieldNames.get(fieldId) ?? fieldId] = customValueText(value);
  for (const consent of consents) values[`${consent.channel} consent`] = consent.granted ? 'yes' : 'no';
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

function issues(outcomes: readonly RowOutcome[], action: 'reject' | 'skip'): ImportIssue[] {
  const listed: ImportIssue[] = [];
  for (const outcome of outcomes) {
    if (outcome.action !== action) continue;
    listed.push({ row: outcome.row, field: outcome.field, message: outcome.message });
    if (listed.length === LISTED_ISSUES) break;
  }
  return listed;
}

export function buildReport(
  kind: ImportKind,
  fileName: string,
  planned: PlannedImport,
  importId: string | null,
  dryRun: boolean,
): ImportReport {
  // One pass, no copies: a report is built three times per import, over up to a million rows.
  const count: Record<RowOutcome['action'], number> = { create: 0, update: 0, skip: 0, reject: 0 };
  for (const outcome of planned.outcomes) count[outcome.action] += 1;
  return {
    importId,
    dryRun,
    kind,
    fileName,
    imported: count.create,
    updated: count.update,
    skipped: count.skip,
    rejected: count.reject,
    customersCreated: planned.customersCreated,
    errors: issues(planned.outcomes, 'reject'),
    skippedRows: issues(planned.outcomes, 'skip'),
    preview: planned.preview,
  };
}

/**
 * The rejected rows as a CSV the owner can fix and import again: each row as it was in the file,
 * after two columns saying where it was and why it was refused.
 */
export function rejectsCsv(
  headers: readonly string[],
  rows: readonly SourceRow[],
  outcomes: readonly RowOutcome[],
): string {
  const byRow = new Map(rows.map((row) => [row.row, row]));
  let text = UTF8_BOM + csvLine(['Row', 'Reason', ...headers]);
  for (const outcome of outcomes) {
    if (outcome.action !== 'reject') continue;
    const reason =
      outcome.field && outcome.field !== 'file' ? `${outcome.field}: ${outcome.message}` : outcome.message;
    text += csvLine([String(outcome.row), reason, ...(byRow.get(outcome.row)?.cells ?? [])]);
  }
  return text;
}
