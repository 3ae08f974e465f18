import { expect, it } from 'vitest';
import { IGNORE } from '../../../shared/domain/import-targets.ts';
import { parseCsv } from './csv-read.ts';
import { csvSourceRows, firstPhones } from './source-rows.ts';

const rowsOf = (text: string, mapping: string[], separator = ';') =>
  csvSourceRows(parseCsv(text, ',').slice(1), mapping, separator);

it('reads each row into its values by destination, tags split and columns to one destination in order', () => {
  const [row] = rowsOf('h\n  Ann ,\'+39 333,a; b ;,x,"  note\r\nline "', [
    'first_name',
    'phone',
    'tags',
    IGNORE,
    'notes',
  ]);
  expect(row?.row).toBe(2);
  expect(row?.read()).toEqual({
    values: new Map([
      ['first_name', ['Ann']],
      ['phone', ['+39 333']],
      ['tags', ['a', 'b', '']],
      ['notes', ['note\nline']],
    ]),
    problem: null,
  });
  const [twice] = rowsOf('h\nA,B,C', ['notes', 'first_name', 'notes']);
  expect(twice?.read().values?.get('notes')).toEqual(['A', 'C']);
});

it('works the values out again on each read, so a plan made twice reads the same', () => {
  const [row] = rowsOf('h\nAnn,a;b', ['first_name', 'tags']);
  const first = row?.read();
  first?.values?.get('tags')?.push('changed by a reader');
  expect(row?.read().values?.get('tags')).toEqual(['a', 'b']);
});

it('says why a row cannot be read: cells past the header, a lost character, a quote never closed', () => {
  const mapping = ['first_name', 'last_name'];
  expect(rowsOf('h\nAnn,Lee,,  ', mapping)[0]?.read().problem).toBeNull();
  expect(rowsOf('h\nAnn,Lee,extra', mapping)[0]?.read()).toEqual({
    values: null,
    problem: {
      field: 'file',
      message: 'has 3 cells but the header has 2: check the quotes and the delimiter',
    },
  });
  expect(rowsOf('h\nAnn,Le\ufffd', mapping)[0]?.read().problem?.field).toBe('last_name');
  const [broken] = rowsOf('h\n"Ann,Lee', mapping);
  expect(broken?.read()).toEqual({
    values: null,
    problem: { field: 'file', message: 'a quoted field is never closed (a " is missing)' },
  });
  expect(broken?.cells).toEqual([]);
});

it('lists each row’s first phone number as the plan will meet it, for reading them ahead', () => {
  const records = parseCsv("h\n '+39 333 1 ,x\n,\n+44 1 ::: +44 2,+1 3\n", ',').slice(1);
  expect(firstPhones(records, ['phone', 'phone'])).toEqual(['+39 333 1', '+44 1']);
  expect(firstPhones(records, ['notes', 'phone'])).toEqual(['x', '+1 3']);
  expect(firstPhones(records, ['notes', IGNORE])).toEqual([]);
});
