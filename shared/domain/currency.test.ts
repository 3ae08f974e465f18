import { expect, it } from 'vitest';
import { currencyOfRegion, isKnownCurrency } from './currency.ts';

it('guesses the currency of a region, the euro where it cannot tell', () => {
  expect(currencyOfRegion('IT')).toBe('EUR');
  expect(currencyOfRegion('GB')).toBe('GBP');
  expect(currencyOfRegion('US')).toBe('USD');
  expect(currencyOfRegion('CH')).toBe('CHF');
  expect(currencyOfRegion('ZZ')).toBe('EUR');
});

it('knows a currency only by a code Intl can format', () => {
  expect(isKnownCurrency('EUR')).toBe(true);
  expect(isKnownCurrency('JPY')).toBe(true);
  expect(isKnownCurrency('eur')).toBe(false);
  expect(isKnownCurrency('EURO')).toBe(false);
  expect(isKnownCurrency('XYZ')).toBe(false);
});
