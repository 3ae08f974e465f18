import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './csv.ts';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+39 333 1234567', "'+39 333 1234567"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['-12.50', '-12.50'],
    ['+5', "'+5"],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers, booleans and nothing as they are', () => {
    expect([csvCell(-3), csvCell(2.5), csvCell(true), csvCell(null)]).toEqual(['-3', '2.5', 'true', '']);
  });
});

it('joins rows with CRLF after a byte order mark, so Excel reads UTF-8', () => {
  expect(
    toCsv(
      ['Name', 'Spend'],
      [
        ['José', '12.50'],
        ['=bad', null],
      ],
    ),
  ).toBe(`${UTF8_BOM}Name,Spend\r\nJosé,12.50\r\n'=bad,\r\n`);
});
