import type { Customer } from '../../../shared/domain/customer.ts';
import type { ExportFormat } from '../../../shared/domain/exports.ts';
import type { ColumnSet } from './export-columns.ts';
import { csvLine, UTF8_BOM } from './csv-write.ts';
import { vcardOf } from './vcard-write.ts';
import { createSheetBuilder } from './xlsx-write.ts';

export interface ExportWriter {
  add(customer: Customer): void;
  finish(): Uint8Array;
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcard: 'text/vcard;charset=utf-8',
  vcard3: 'text/vcard;charset=utf-8',
};

/** Text is gathered in pieces and joined once: far cheaper than growing one string. */
function textWriter(first: string, line: (customer: Customer) => string): ExportWriter {
  const pieces = [first];
  return {
    add: (customer) => void pieces.push(line(customer)),
    finish: () => new TextEncoder().encode(pieces.join('')),
  };
}

export function createWriter(format: ExportFormat, columns: ColumnSet): ExportWriter {
  if (format === 'csv')
    return textWriter(UTF8_BOM + csvLine(columns.header), (customer) => csvLine(columns.values(customer)));
  if (format === 'xlsx') {
    const sheet = createSheetBuilder(columns.header);
    return { add: (customer) => sheet.add(columns.values(customer)), finish: () => sheet.finish() };
  }
  const version = format === 'vcard' ? '4.0' : '3.0';
  return textWriter('', (customer) => vcardOf(customer, version));
}
