import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv-read.ts';
import { cellText } from '../import/read-table.ts';
import { csvCell, csvLine } from './csv-write.ts';
import { escapeFormula, unescapeFormula } from './formula-guard.ts';

const DANGEROUS = [
  '=1+1',
  '+39 333 1234567',
  '-5',
  '@SUM(A1)',
  '\tcmd',
  '\rcmd',
  '=HYPERLINK("http://x")',
  "'=already",
];

describe('formula injection (OWASP CSV injection)', () => {
  it.each(DANGEROUS)('no cell starting %j reaches a spreadsheet as a formula', (value) => {
    const cell = parseCsv(csvLine([value]), ',')[0]?.cells[0] ?? '';
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cell.startsWith("'")).toBe(true);
  });

  it('drops NUL, then guards what it revealed', () => {
    expect(escapeFormula('\0=cmd')).toBe("'=cmd");
    expect(escapeFormula('a\0b')).toBe('ab');
  });

  it.each([...DANGEROUS, "''+1", "'", "it's", 'plain', '', "'x"])(
    'escape and unescape are exact inverses for %j',
    (value) => {
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    },
  );

  it('round-trips phone numbers through a CSV file and the importer exactly', () => {
    const line = csvLine(['+39 333 1234567', '-12', 'Lee, "Ann"']);
    const cells = parseCsv(line, ',')[0]?.cells ?? [];
    expect(cells.map((cell) => cellText(cell))).toEqual(['+39 333 1234567', '-12', 'Lee, "Ann"']);
  });

  it('quotes only what needs quoting', () => {
    expect(csvCell('Ann')).toBe('Ann');
    expect(csvCell('Lee, Ann')).toBe('"Lee, Ann"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});
