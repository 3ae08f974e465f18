import { escapeFormula } from './formula-guard.ts';

/** Excel reads a CSV as UTF-8 (accents intact) only when it starts with a byte order mark. */
export const UTF8_BOM = '\ufeff';

const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;

/** One cell: formula triggers escaped, quoted when it holds a delimiter, quote or line break. */
export function csvCell(value: string): string {
  const safe = escapeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
