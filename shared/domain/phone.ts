// The "max" metadata, not "min": min checks only lengths and accepts numbers no carrier could
// issue (about one random German number in four that max rightly refuses). Its extra ~70 kB
// is nothing for a desktop app, and it parses just as fast.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { phoneDigits } from './text.ts';

export interface NormalizedPhone {
  /** The number in E.164 ("+393331234567") when it is a valid number; '' otherwise. */
  e164: string;
  /** Every digit as typed, for "last 4 digits" search. */
  digits: string;
}

/** Whether libphonenumber knows this two-letter region (ISO 3166 alpha-2, upper case). */
export function isPhoneRegion(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/**
 * A number as typed with the E.164 form libphonenumber gave it elsewhere (a worker reading ahead):
 * what normalizePhone would return. A number without a digit 0-9 never gets one, as there.
 */
export function phoneWith(raw: string, e164: string): NormalizedPhone {
  const digits = phoneDigits(raw);
  return { e164: digits === '' ? '' : e164, digits };
}

/**
 * Reads a phone number as typed, with the shop's default country for numbers typed without a
 * country code. A number that does not parse, or is not a number any carrier could issue, gets
 * e164 '' so the caller keeps it as typed and flags it: it is never dropped.
 */
export function normalizePhone(raw: string, defaultCountry: string): NormalizedPhone {
  const digits = phoneDigits(raw);
  if (digits === '') return { e164: '', digits };
  const parsed = parsePhoneNumberFromString(
    raw,
    isPhoneRegion(defaultCountry) ? { defaultCountry } : undefined,
  );
  return { e164: parsed?.isValid() === true ? parsed.number : '', digits };
}
