import { autoMap, detectPreset, type PresetId } from '../../../shared/domain/import-presets.ts';
import type { DelimiterChoice, EncodingChoice, ImportKind } from '../../../shared/domain/import-targets.ts';
import type { CoreContext } from '../context.ts';
import { listFieldRows } from '../repos/custom-fields-repo.ts';
import type { CsvRecord } from './csv-read.ts';
import { ordersOf, orderVerdict, type OrderVerdict } from './dates.ts';
import type { DetectedEncoding } from './decode-bytes.ts';
import { tagSeparatorFor } from './import-mapping.ts';
import { cellText, readTable } from './read-table.ts';
import { readUpload } from './uploads.ts';
import { readVcards, VCARD_HEADERS } from './vcard-rows.ts';

/** What the wizard shows after a file is chosen: how it was read, and a first guess at its columns. */
export interface InspectResult {
  fileName: string;
  size: number;
  encoding: DetectedEncoding;
  bom: boolean;
  delimiter: string;
  headers: string[];
  sample: string[][];
  rowCount: number;
  preset: PresetId;
  mapping: string[];
  tagSeparator: string;
  /** Columns of numeric dates and which order they allow; 'ambiguous' and 'conflict' need asking. */
  dateColumns: { column: number; verdict: OrderVerdict }[];
}

const SAMPLE_ROWS = 5;
const DATE_SNIFF_ROWS = 200;

/** Columns holding numeric dates, judged on every row (one unambiguous date settles a column). */
export function dateOrderColumns(
  headers: readonly string[],
  records: readonly CsvRecord[],
): InspectResult['dateColumns'] {
  const columns: InspectResult['dateColumns'] = [];
  for (const column of headers.keys()) {
    const values = (from: readonly CsvRecord[]) => from.map((record) => cellText(record.cells[column]));
    if (!values(records.slice(0, DATE_SNIFF_ROWS)).some((value) => ordersOf(value) !== null)) continue;
    const verdict = orderVerdict(values(records));
    if (verdict !== 'none') columns.push({ column, verdict });
  }
  return columns;
}

export function inspectUpload(
  ctx: CoreContext,
  input: { uploadId: string; kind: ImportKind; encoding: EncodingChoice; delimiter: DelimiterChoice },
): InspectResult {
  const { fileName, bytes } = readUpload(ctx, input.uploadId);
  if (input.kind === 'vcard') {
    const { rows, decoded } = readVcards(bytes, input.encoding);
    return {
      fileName,
      size: bytes.length,
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter: '',
      headers: [...VCARD_HEADERS],
      sample: rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
      rowCount: rows.length,
      preset: 'generic',
      mapping: [],
      tagSeparator: ',',
      dateColumns: [],
    };
  }
  const table = readTable(bytes, input.encoding, input.delimiter);
  const preset = input.kind === 'interactions' ? 'generic' : detectPreset(table.headers);
  const fields = listFieldRows(ctx.db, false);
  return {
    fileName,
    size: bytes.length,
    encoding: table.encoding,
    bom: table.bom,
    delimiter: table.delimiter,
    headers: table.headers,
    sample: table.records
      .slice(0, SAMPLE_ROWS)
      .map((record) => table.headers.map((_, column) => cellText(record.cells[column]))),
    rowCount: table.records.length,
    preset,
    mapping: autoMap(table.headers, input.kind, preset, fields),
    tagSeparator: tagSeparatorFor(ctx.db, undefined, preset),
    dateColumns: dateOrderColumns(table.headers, table.records),
  };
}
