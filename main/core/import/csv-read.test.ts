import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './csv-delimiter.ts';
import { parseCsv } from './csv-read.ts';

const cells = (text: string, delimiter = ',') => parseCsv(text, delimiter).map((record) => record.cells);

describe('parseCsv', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside fields', () => {
    expect(cells('name,note\r\n"Lee, Ann","said ""hi""\r\nthen left"\r\nBo,\r\n')).toEqual([
      ['name', 'note'],
      ['Lee, Ann', 'said "hi"\r\nthen left'],
      ['Bo', ''],
    ]);
  });

  it('ends lines at CRLF, LF or CR, and counts rows as a spreadsheet does', () => {
    const records = parseCsv('a\rb\n\nc\r\n"d\ne"\nf', ',');
    expect(records.map((r) => [r.cells[0], r.row])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 4],
      ['d\ne', 5],
      ['f', 6],
    ]);
  });

  it('keeps a stray quote inside an unquoted field, and text after a closing quote', () => {
    expect(cells('5" screen,"abc"def')).toEqual([['5" screen', 'abcdef']]);
  });

  it('ignores spaces before an opening quote', () => {
    expect(cells('a, "b, c"')).toEqual([['a', 'b, c']]);
  });

  it('rejects only the row whose quote never closes and reads on from the next line', () => {
    const records = parseCsv('a,b\n"broken,x\nc,d\n', ',');
    expect(records[1]).toMatchObject({ row: 2, error: expect.stringMatching(/never closed/) as string });
    expect(records[2]).toMatchObject({ row: 3, cells: ['c', 'd'] });
  });

  it('reads other delimiters', () => {
    expect(cells('a;b\n"x;y";z', ';')).toEqual([
      ['a', 'b'],
      ['x;y', 'z'],
    ]);
    expect(cells('a\tb', '\t')).toEqual([['a', 'b']]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['First Name,Last Name,Phone\nAnn,Lee,1\nBo,Ek,2', ','],
    ['Nome;Cognome;Telefono\nAnna;Rossi;"333 1,2"\nLuca;Bianchi;2', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['a|b\n1|2', '|'],
    ['"Lee, Ann";x\n"Ek, Bo";y', ';'],
    ['single column\nvalue', ','],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
