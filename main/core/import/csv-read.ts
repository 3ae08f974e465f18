// RFC 4180 with the leniency real exports need: any of CRLF, LF or CR ends a line; a quote in
// the middle of an unquoted field is kept as text; spaces before an opening quote are ignored.

export interface CsvRecord {
  cells: string[];
  /**
   * 1-based: the row a spreadsheet shows this record on. Blank lines count, as they do there; a
   * line break inside a quoted field does not.
   */
  row: number;
  /** Set when the record cannot be read as written (a quoted field never closed). */
  error?: string;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;

interface Cursor {
  text: string;
  pos: number;
  delimiter: number;
}

/** Reads one quoted field from just after its opening quote; null when it never closes. */
function quotedField(cursor: Cursor): string | null {
  const { text } = cursor;
  let value = '';
  let from = cursor.pos;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += '"';
      from = quote + 2;
      continue;
    }
    cursor.pos = quote + 1;
    // Text after the closing quote (`"abc"def`) is kept rather than dropped.
    const end = fieldEnd(cursor);
    value += text.slice(cursor.pos, end);
    cursor.pos = end;
    return value;
  }
}

function fieldEnd(cursor: Cursor): number {
  const { text, delimiter } = cursor;
  let i = cursor.pos;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) break;
  }
  return i;
}

function skipLineEnd(cursor: Cursor): boolean {
  const c = cursor.text.charCodeAt(cursor.pos);
  if (c === CR) {
    cursor.pos += cursor.text.charCodeAt(cursor.pos + 1) === LF ? 2 : 1;
    return true;
  }
  if (c === LF) {
    cursor.pos += 1;
    return true;
  }
  return false;
}

/**
 * Splits CSV text into records. A quoted field that never closes makes its record an error; reading
 * then starts again on the line after that record began, so one stray quote costs one row, not
 * the rest of the file. Blank lines are skipped.
 */
export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const cursor: Cursor = { text, pos: 0, delimiter: delimiter.charCodeAt(0) };
  const records: CsvRecord[] = [];
  let row = 1;
  while (cursor.pos < text.length) {
    const start = cursor.pos;
    const cells: string[] = [];
    let broken = false;
    for (;;) {
      let lead = cursor.pos;
      while (text.charCodeAt(lead) === SPACE) lead++;
      if (text.charCodeAt(lead) === QUOTE) {
        cursor.pos = lead + 1;
        const value = quotedField(cursor);
        if (value === null) {
          broken = true;
          break;
        }
        cells.push(value);
      } else {
        const end = fieldEnd(cursor);
        cells.push(text.slice(cursor.pos, end));
        cursor.pos = end;
      }
      if (text.charCodeAt(cursor.pos) === cursor.delimiter) {
        cursor.pos++;
        continue;
      }
      break;
    }
    if (broken) {
      // Back to the start of the record's line, then past it.
      cursor.pos = start;
      const end = fieldEnd({ ...cursor, delimiter: LF });
      cursor.pos = end;
      records.push({ cells: [], row, error: 'a quoted field is never closed (a " is missing)' });
      skipLineEnd(cursor);
      row++;
      continue;
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, row });
    skipLineEnd(cursor);
    row++;
  }
  return records;
}
