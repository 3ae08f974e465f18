// OWASP "CSV Injection": a spreadsheet runs a cell that begins with = + - @ tab or CR as a
// formula. Such cells get a leading apostrophe, which spreadsheets read as "this is text".
// The importer strips exactly that apostrophe again, so "+39 333 1234567" survives a round trip
// unchanged. To keep the mapping reversible, a value that already begins with apostrophes
// followed by a trigger gets one more: escape and unescape are exact inverses on every string.

const ESCAPED = /^'*[=+\-@\t\r]/;
const UNESCAPE = /^'+[=+\-@\t\r]/;

/** NUL never reaches a file: spreadsheets and XML choke on it, and no field means it. */
export function withoutNul(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

export function escapeFormula(text: string): string {
  const clean = withoutNul(text);
  return ESCAPED.test(clean) ? `'${clean}` : clean;
}

export function unescapeFormula(text: string): string {
  return UNESCAPE.test(text) ? text.slice(1) : text;
}
