import { parseAmountToMinor } from '../../shared/domain/money.ts';
import { invalidInput } from './cli-error.ts';

// Turns option text into the numbers the contract expects, with messages that name the option
// and repeat what was typed: "--limit: 'abc' is not a whole number".

export function parseWholeNumber(
  option: string,
  field: string,
  text: string,
  range: { min: number; max?: number },
): number {
  if (!/^\s*\d+\s*$/.test(text)) {
    throw invalidInput(`${option}: '${text}' is not a whole number`, field);
  }
  const value = Number(text);
  if (value < range.min || (range.max !== undefined && value > range.max)) {
    const allowed =
      range.max === undefined ? `at least ${range.min}` : `between ${range.min} and ${range.max}`;
    throw invalidInput(`${option}: must be ${allowed} (got ${value})`, field);
  }
  return value;
}

export function parseAmountOption(text: string): number {
  const minor = parseAmountToMinor(text);
  if (minor === null) {
    throw invalidInput(`--amount: '${text}' is not an amount like 12.50`, 'amountMinor');
  }
  return minor;
}

export function parseChoice<T extends string>(
  option: string,
  field: string,
  text: string,
  choices: readonly T[],
): T {
  const found = choices.find((choice) => choice === text);
  if (found === undefined) {
    throw invalidInput(`${option}: '${text}' is not one of ${choices.join(', ')}`, field);
  }
  return found;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads an ISO-8601 date ("2024-03-01", local midnight) or date-time ("2024-03-01T14:30",
 * local time unless it carries Z or an offset) into epoch milliseconds. Date.parse alone would
 * roll "2024-02-30" over to 1 March, so every part is checked before it is trusted.
 */
export function parseIsoInstant(option: string, field: string, text: string): number {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) {
    throw invalidInput(
      `${option}: '${text}' is not an ISO-8601 date or date-time like 2024-03-01 or 2024-03-01T14:30`,
      field,
    );
  }
  const [, y = '', mo = '', d = '', h = '0', mi = '0', s = '0', ms = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidInput(`${option}: '${text}' is not a real date`, field);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw invalidInput(`${option}: '${text}' is not a real time of day`, field);
  }
  const millis = Number(ms.padEnd(3, '0'));
  // setFullYear, because the Date constructor reads years 0-99 as 1900-1999.
  const date = new Date(0);
  if (zone === undefined) {
    date.setFullYear(year, month - 1, day);
    date.setHours(hour, minute, second, millis);
    return date.getTime();
  }
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime() - zoneOffsetMinutes(option, field, text, zone) * 60_000;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function zoneOffsetMinutes(option: string, field: string, text: string, zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) {
    throw invalidInput(`${option}: '${text}' has an impossible time zone offset`, field);
  }
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

export interface PageOptions {
  limit?: string;
  offset?: string;
}

/** `--limit` and `--offset` of a paged listing, checked as the contract checks them. */
export function parsePage(options: PageOptions): { limit: number; offset: number } {
  return {
    limit: parseWholeNumber('--limit', 'limit', options.limit ?? '50', { min: 1, max: 500 }),
    offset: parseWholeNumber('--offset', 'offset', options.offset ?? '0', { min: 0 }),
  };
}
