import type { DelimiterChoice, EncodingChoice } from '../../../shared/domain/import-targets.ts';
import { AppError } from '../errors.ts';
import { unescapeFormula } from '../export/formula-guard.ts';
import { resolveDelimiter, type Delimiter } from './csv-delimiter.ts';
import { parseCsv, type CsvRecord } from './csv-read.ts';
import { decodeBytes, type DetectedEncoding } from './decode-bytes.ts';

export interface ImportTable {
  encoding: DetectedEncoding;
  bom: boolean;
  delimiter: Delimiter;
  headers: string[];
  /** The data records, header excluded. */
  records: CsvRecord[];
}

/**
 * The cell as meant: our own exports' formula guard undone, surrounding spaces dropped, and line
 * breaks inside it made plain newlines, as the app's own text fields have them.
 */
export function cellText(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  // Called for every cell of a file: most have no guard to undo and no line break to mend.
  const text = trimmed.startsWith("'") ? unescapeFormula(trimmed).trim() : trimmed;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Why a cell cannot be imported as it is, or null. A replacement character means text was
 * already lost before this file was written; a NUL that the file is not the text it claims.
 * Neither is let in silently.
 */
export function cellProblem(raw: string): string | null {
  if (raw.includes('\ufffd'))
    return 'contains � (a character lost before this file was made); fix the text or the file';
  if (raw.includes('\0')) return 'contains a NUL character (is the file really text in this encoding?)';
  return null;
}

/** Reads a CSV file's bytes into a header and records; an empty or headless file is refused. */
export function readTable(
  bytes: Uint8Array,
  encoding: EncodingChoice,
  delimiterChoice: DelimiterChoice,
): ImportTable {
  const decoded = decodeBytes(bytes, encoding);
  const delimiter = resolveDelimiter(delimiterChoice, decoded.text);
  const [header, ...records] = parseCsv(decoded.text, delimiter);
  if (!header) throw new AppError('invalid_input', 'file: the file is empty', 'file');
  if (header.error)
    throw new AppError('invalid_input', `file: the header row is broken: ${header.error}`, 'file');
  const headers = header.cells.map((cell) => cellText(cell));
  if (headers.every((name) => name === '')) {
    throw new AppError('invalid_input', 'file: the first row must name the columns, and it is empty', 'file');
  }
  // Rows of nothing but delimiters (",,,," at the end of many spreadsheet exports) are blank lines.
  const filled = records.filter(
    (record) => record.error !== undefined || record.cells.some((cell) => cell.trim() !== ''),
  );
  return { encoding: decoded.encoding, bom: decoded.bom, delimiter, headers, records: filled };
}
