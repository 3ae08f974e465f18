import { describe, expect, it } from 'vitest';
import { readAmount } from './amounts.ts';
import { readInstant } from './date-times.ts';
import { isEmptyDate, orderVerdict, readBirthday } from './dates.ts';

describe('readBirthday', () => {
  it.each([
    ['1990-03-25', undefined, '1990-03-25'],
    ['1990/3/5', undefined, '1990-03-05'],
    ['19900325', undefined, '1990-03-25'],
    ['25/03/1990', undefined, '1990-03-25'],
    ['03/25/1990', undefined, '1990-03-25'],
    ['03/04/1990', 'dmy', '1990-04-03'],
    ['03/04/1990', 'mdy', '1990-03-04'],
    ['25.03.1990', undefined, '1990-03-25'],
    ['5 March 1990', undefined, '1990-03-05'],
    ['March 5, 1990', undefined, '1990-03-05'],
    ['5 mars 1990', undefined, '1990-03-05'],
    ['5 marzo 1990', undefined, '1990-03-05'],
    ['12 Dez 1990', undefined, '1990-12-12'],
    ['--03-25', undefined, '--03-25'],
    ['--0325', undefined, '--03-25'],
    ['1604-03-25', undefined, '--03-25'],
    ['0000-03-25', undefined, '--03-25'],
    ['25/03', 'dmy', '--03-25'],
    ['1990-03-25T00:00:00Z', undefined, '1990-03-25'],
    ['29/02/2000', undefined, '2000-02-29'],
  ] as const)('%s (%s) → %s', (text, order, expected) => {
    expect(readBirthday(text, order)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['03/04/1990', undefined, /could be day-first or month-first/],
    ['31/02/2000', undefined, /not a real date/],
    ['13/25/1990', 'dmy', /not a real date/],
    ['25/03/1990', 'mdy', /not a date in month-first order/],
    ['yesterday', undefined, /not a date/],
    ['1990-03-25 14:30', undefined, /not a date/],
    ['1850-01-01', undefined, /before 1900/],
  ] as const)('refuses %s (%s)', (text, order, reason) => {
    expect(readBirthday(text, order)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(reason) as string,
    });
  });

  it('treats Outlook placeholders as no date', () => {
    expect(isEmptyDate('0/0/00')).toBe(true);
    expect(isEmptyDate('00.00.0000')).toBe(true);
    expect(isEmptyDate('1/1/01')).toBe(false);
  });
});

describe('orderVerdict', () => {
  it('settles a column by any date that can be read only one way', () => {
    expect(orderVerdict(['03/04/1990', '25/12/1980'])).toBe('dmy');
    expect(orderVerdict(['03/04/1990', '12/25/1980'])).toBe('mdy');
    expect(orderVerdict(['03/04/1990', '05/06/1980', '07/07/1970'])).toBe('ambiguous');
    expect(orderVerdict(['25/03/1990', '03/25/1990'])).toBe('conflict');
    expect(orderVerdict(['1990-03-04', '', 'n/a'])).toBe('none');
  });
});

describe('readInstant', () => {
  it('reads dates and times as local time unless a zone is given', () => {
    expect(readInstant('2024-03-01')).toEqual({ ok: true, at: new Date(2024, 2, 1).getTime() });
    expect(readInstant('2024-03-01 14:30')).toEqual({ ok: true, at: new Date(2024, 2, 1, 14, 30).getTime() });
    expect(readInstant('01/03/2024 2:30 PM', 'dmy')).toEqual({
      ok: true,
      at: new Date(2024, 2, 1, 14, 30).getTime(),
    });
    expect(readInstant('2024-03-01T14:30:15.250Z')).toEqual({
      ok: true,
      at: Date.UTC(2024, 2, 1, 14, 30, 15, 250),
    });
    expect(readInstant('2024-03-01T14:30+02:00')).toEqual({ ok: true, at: Date.UTC(2024, 2, 1, 12, 30) });
  });

  it('refuses impossible times and dates without a year', () => {
    expect(readInstant('2024-03-01 25:00')).toMatchObject({ ok: false });
    expect(readInstant('--03-01')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no year/) as string,
    });
    expect(readInstant('2024-03-01 at noon')).toMatchObject({ ok: false });
  });
});

describe('readAmount', () => {
  it.each([
    ['12.50', 1250],
    ['12,5', 1250],
    ['12', 1200],
    ['€ 12,50', 1250],
    ['$1,234.56', 123456],
    ['1.234,56', 123456],
    ['1 234,56', 123456],
    ['1.500', 150000],
    ['-3.00', -300],
    ['(3.00)', -300],
    ['12.50 EUR', 1250],
    ['-€12.50', -1250],
    ['25.', 2500],
    ['007.5', 750],
    ['100000000.00', 10_000_000_000],
  ])('%s → %i cents', (text, minor) => {
    expect(readAmount(text)).toEqual({ ok: true, minor });
  });

  it.each(['twelve', '12.3456', '1.234.5', '1,2,3', '', '12..5'])('refuses %j', (text) => {
    expect(readAmount(text)).toMatchObject({ ok: false });
  });

  it('refuses a plain amount past the largest the same way as any other', () => {
    expect(readAmount('100000000.01')).toEqual({ ok: false, reason: "'100000000.01' is too large" });
    expect(readAmount('€ 100000000.01')).toEqual({ ok: false, reason: "'€ 100000000.01' is too large" });
  });
});
