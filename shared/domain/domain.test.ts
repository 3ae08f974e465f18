import { describe, expect, it } from 'vitest';
import { isRealBirthday } from './customer.ts';
import { formatMinorPlain, parseAmountToMinor } from './money.ts';
import { foldText, phoneDigits } from './text.ts';

describe('parseAmountToMinor', () => {
  it.each([
    ['12.50', 1250],
    ['12,5', 1250],
    [' 7 ', 700],
    ['0.05', 5],
    ['-3.10', -310],
  ])('%s → %i', (text, minor) => expect(parseAmountToMinor(text)).toBe(minor));

  it.each(['', 'abc', '12.345', '1e3', '12.', '1,000.00', '--1'])('refuses %j', (text) =>
    expect(parseAmountToMinor(text)).toBeNull(),
  );

  it('formats back to the same text', () => {
    expect(formatMinorPlain(1250)).toBe('12.50');
    expect(formatMinorPlain(-5)).toBe('-0.05');
  });
});

describe('isRealBirthday', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['--02-29', true],
    ['--02-30', false],
    ['1990-12-31', true],
    ['1990-13-01', false],
    ['1850-01-01', false],
  ])('%s → %s', (value, real) => expect(isRealBirthday(value)).toBe(real));
});

describe('text folding', () => {
  it('removes accents and case so José matches jose', () => {
    expect(foldText(' José Núñez ')).toBe('jose nunez');
    expect(foldText('ZOË Ølund')).toBe('zoe olund');
    expect(foldText('Łukasz Weiß')).toBe('lukasz weiss');
  });
  it('keeps the digits of a phone number however it was typed', () => {
    expect(phoneDigits('+39 (333) 123-4567')).toBe('393331234567');
  });
});
