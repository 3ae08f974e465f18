import type { Customer } from '../../../shared/domain/customer.ts';
import {
  EXPORT_COLUMNS,
  exportExtension,
  MAILING_COLUMNS,
  type exportRequestSchema,
} from '../../../shared/domain/exports.ts';
import type { z } from 'zod';
import type { Db } from '../db/open.ts';
import { listFieldRows } from '../repos/custom-fields-repo.ts';
import { tagSeparatorFor } from '../import/import-mapping.ts';
import type { Step } from '../import/steps.ts';
import { columnSet } from './export-columns.ts';
import { emailConsentIds, exportIds, readCustomers } from './export-read.ts';
import { createWriter, MIME_TYPES } from './export-writers.ts';

export type ParsedExportRequest = z.output<typeof exportRequestSchema>;

export interface ExportOutput {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  rows: number;
}

const BATCH = 2000;
const pad = (n: number) => String(n).padStart(2, '0');

function fileNameOf(request: ParsedExportRequest, now: number): string {
  const day = new Date(now);
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return `regulars-${request.preset === 'mailing' ? 'mailing-list' : 'contacts'}-${date}.${exportExtension(request.format)}`;
}

/**
 * An export, a batch of customers at a time, inside one read transaction: every batch sees the
 * database as it was when the export began, whatever is logged at the counter meanwhile.
 */
export function* exportSteps(
  db: Db,
  request: ParsedExportRequest,
  now: number,
): Generator<Step, ExportOutput> {
  db.exec('BEGIN');
  try {
    const fields = listFieldRows(db, true);
    const defaults = [
      ...EXPORT_COLUMNS,
      ...fields.filter((f) => f.archived_at === null).map((f) => `custom:${f.id}`),
    ];
    const columns = request.columns ?? (request.preset === 'mailing' ? [...MAILING_COLUMNS] : defaults);
    const set = columnSet(
      columns,
      new Map(fields.map((f) => [f.id, f.name])),
      tagSeparatorFor(db, undefined, 'generic'),
    );
    const writer = createWriter(request.format, set);
    let ids = exportIds(db, request.scope);
    if (request.preset === 'mailing') {
      const consenting = emailConsentIds(db);
      ids = ids.filter((id) => consenting.has(id));
    }
    let rows = 0;
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch: Customer[] = readCustomers(db, ids.slice(start, start + BATCH));
      for (const customer of batch) {
        // A mailing list without an address to mail is no use to anyone.
        if (request.preset === 'mailing' && customer.email === '') continue;
        writer.add(customer);
        rows++;
      }
      yield { phase: 'writing', done: Math.min(start + BATCH, ids.length), total: ids.length };
    }
    return {
      fileName: fileNameOf(request, now),
      mimeType: MIME_TYPES[request.format],
      bytes: writer.finish(),
      rows,
    };
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}
