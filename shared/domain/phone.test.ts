import { describe, expect, it } from 'vitest';
import { isPhoneRegion, normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['+39 333 123 4567', 'IT', '+393331234567'],
    ['333 1234567', 'IT', '+393331234567'],
    ['0039 333.123.4567', 'IT', '+393331234567'],
    ['06 4991 1234', 'IT', '+390649911234'],
    ['(212) 736-5000', 'US', '+12127365000'],
    ['650.253.0000', 'US', '+16502530000'],
    ['07400 123456', 'GB', '+447400123456'],
    ['020 7183 8750', 'GB', '+442071838750'],
    ['01512 3456789', 'DE', '+4915123456789'],
    ['030 123456', 'DE', '+4930123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['01 42 68 53 00', 'FR', '+33142685300'],
    // A number with its own country code ignores the shop's country.
    ['+1 212 736 5000', 'IT', '+12127365000'],
    ['+44 20 7183 8750', 'US', '+442071838750'],
  ])('reads %j with %s as %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toEqual({ e164, digits: raw.replace(/\D/g, '') });
  });

  it.each([
    ['12', 'IT'],
    ['333', 'IT'],
    ['+39 333 12', 'IT'],
    ['000000', 'IT'],
    ['+99 123 456', 'IT'],
    // 555-01xx is reserved for fiction in North America: no carrier issues it.
    ['(555) 010-2345', 'US'],
    // An Italian mobile typed without +39 in a US shop is not a US number.
    ['333 1234567', 'US'],
    // A German number no carrier could issue, which the length-only "min" metadata would accept.
    ['07784903168', 'DE'],
  ])('keeps %j (%s) as typed without an E.164 number', (raw, country) => {
    expect(normalizePhone(raw, country)).toEqual({ e164: '', digits: raw.replace(/\D/g, '') });
  });

  it('gives nothing for an empty number, and still reads international numbers without a known country', () => {
    expect(normalizePhone('', 'IT')).toEqual({ e164: '', digits: '' });
    expect(normalizePhone('  ', 'IT')).toEqual({ e164: '', digits: '' });
    expect(normalizePhone('+39 333 123 4567', 'XX')).toEqual({
      e164: '+393331234567',
      digits: '393331234567',
    });
    expect(normalizePhone('333 1234567', 'XX').e164).toBe('');
  });
});

describe('isPhoneRegion', () => {
  it('knows real regions and refuses anything else', () => {
    for (const code of ['IT', 'US', 'GB', 'DE', 'FR', 'JP']) expect(isPhoneRegion(code)).toBe(true);
    for (const code of ['XX', 'UK', 'it', 'ITA', '', 'EU']) expect(isPhoneRegion(code)).toBe(false);
  });
});
