import type { DateOrder } from '../../../shared/domain/import-targets.ts';
import { foldText } from '../../../shared/domain/text.ts';

// Dates as exports and people write them. Numeric dates with the year last (03/04/1990) are
// read day-first or month-first only as told: a column where both readings are possible is
// reported as ambiguous, and the importer asks rather than guesses.

/** What a column's numeric dates allow: one order, either, both (inconsistent), or no such dates. */
export type OrderVerdict = DateOrder | 'ambiguous' | 'conflict' | 'none';

export interface DateParts {
  year: number | null;
  month: number;
  day: number;
  /** The rest of the text after the date (a time of day), for date-times. */
  rest: string;
}

export type DateReading = { ok: true; parts: DateParts } | { ok: false; reason: string; ambiguous?: boolean };

const MONTHS: Record<string, number> = {
  jan: 1,
  gen: 1,
  ene: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  apr: 4,
  abr: 4,
  avr: 4,
  may: 5,
  mag: 5,
  mai: 5,
  jun: 6,
  giu: 6,
  juin: 6,
  jul: 7,
  lug: 7,
  juil: 7,
  aug: 8,
  ago: 8,
  aou: 8,
  sep: 9,
  set: 9,
  oct: 10,
  ott: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dic: 12,
  dez: 12,
};

function monthOf(word: string): number | undefined {
  const folded = foldText(word).replace(/[^a-z]/g, '');
  if (folded.startsWith('jui')) return MONTHS[folded.slice(0, 4)];
  return MONTHS[folded.slice(0, 3)];
}

function daysIn(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  // Two digits: the most recent year ending so, never in the future (birthdays, till history).
  const now = new Date().getFullYear();
  const candidate = 2000 + year;
  return candidate > now ? candidate - 100 : candidate;
}

function checked(year: number | null, month: number, day: number, rest: string, text: string): DateReading {
  if (month < 1 || month > 12) return { ok: false, reason: `'${text}' has no month ${month}` };
  if (day < 1 || day > daysIn(year, month)) return { ok: false, reason: `'${text}' is not a real date` };
  if (year !== null && (year < 1000 || year > 9999))
    return { ok: false, reason: `'${text}' has an impossible year` };
  return { ok: true, parts: { year, month, day, rest } };
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])(.*)$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|T)(.*)$/;
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?(?=$|[T\s,])(.*)$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.?[\s-]+([\p{L}]+)\.?(?:[\s-]+(\d{2}|\d{4}))?(?=$|[\s,T])(.*)$/u;
const MONTH_NAME_DAY = /^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?(?=$|[\s,T])(.*)$/u;

/** The two numbers of a numeric date in the given order: [month, day]. */
function numericOrder(a: number, b: number, order: DateOrder): [number, number] {
  return order === 'dmy' ? [b, a] : [a, b];
}

/** Which orders a numeric date allows: 'dmy', 'mdy', 'either' (both readings real), or null. */
export function ordersOf(text: string): DateOrder | 'either' | null {
  const match = NUMERIC.exec(text.trim());
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  const year = match[3] === undefined ? null : fullYear(match[3]);
  const dmy = checked(year, b, a, '', text).ok;
  const mdy = checked(year, a, b, '', text).ok;
  if (dmy && mdy) return 'either';
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  return null;
}

/** Reads the date at the start of `text`; a numeric date needs `order` unless only one reading is real. */
export function readDate(text: string, order?: DateOrder): DateReading {
  const value = text.trim();
  let match = ISO.exec(value) ?? COMPACT.exec(value);
  if (match) {
    const year = Number(match[1]);
    // Apple writes a birthday without a year as 1604; Square and others as year 0000.
    return checked(
      year === 1604 || year === 0 ? null : year,
      Number(match[2]),
      Number(match[3]),
      match[4] ?? '',
      value,
    );
  }
  match = NO_YEAR.exec(value);
  if (match) return checked(null, Number(match[1]), Number(match[2]), '', value);
  match = NUMERIC.exec(value);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = match[3] === undefined ? null : fullYear(match[3]);
    const allowed = ordersOf(value);
    if (allowed === null) return { ok: false, reason: `'${value}' is not a real date` };
    const use = order ?? (allowed === 'dmy' || allowed === 'mdy' ? allowed : a === b ? 'dmy' : undefined);
    if (use === undefined) {
      return { ok: false, ambiguous: true, reason: `'${value}' could be day-first or month-first` };
    }
    const [month, day] = numericOrder(a, b, use);
    const reading = checked(year, month, day, match[4] ?? '', value);
    if (!reading.ok && order !== undefined) {
      return {
        ok: false,
        reason: `'${value}' is not a date in ${order === 'dmy' ? 'day-first' : 'month-first'} order`,
      };
    }
    return reading;
  }
  match = DAY_MONTH_NAME.exec(value);
  const named = match ? { day: match[1], month: match[2], year: match[3], rest: match[4] } : undefined;
  const other = named ? undefined : MONTH_NAME_DAY.exec(value);
  const parts =
    named ?? (other ? { day: other[2], month: other[1], year: other[3], rest: other[4] } : undefined);
  if (parts) {
    const month = monthOf(parts.month ?? '');
    if (month === undefined) return { ok: false, reason: `'${value}' is not a date` };
    return checked(
      parts.year === undefined ? null : fullYear(parts.year),
      month,
      Number(parts.day),
      parts.rest ?? '',
      value,
    );
  }
  return { ok: false, reason: `'${value}' is not a date` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A birthday as Regulars stores it: YYYY-MM-DD, or --MM-DD without a year. */
export function readBirthday(
  text: string,
  order?: DateOrder,
): { ok: true; value: string } | { ok: false; reason: string; ambiguous?: boolean } {
  const reading = readDate(text, order);
  if (!reading.ok) return reading;
  const { year, month, day, rest } = reading.parts;
  // A date-time at midnight (some exports) is still a birthday; any other trailing text is not.
  if (!/^(?:[T\s]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(rest)) {
    return { ok: false, reason: `'${text.trim()}' is not a date` };
  }
  if (year !== null && year < 1900) return { ok: false, reason: `'${text.trim()}' is before 1900` };
  return {
    ok: true,
    value: year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`,
  };
}

/** Outlook writes an empty birthday as 0/0/00; such placeholders mean "no date". */
export function isEmptyDate(text: string): boolean {
  return /^[0\s/.-]*$/.test(text);
}

/** What the numeric dates of a column allow, judged over all its values. */
export function orderVerdict(values: Iterable<string>): OrderVerdict {
  let dmy = false;
  let mdy = false;
  let either = false;
  for (const value of values) {
    const orders = ordersOf(value);
    if (orders === 'dmy') dmy = true;
    else if (orders === 'mdy') mdy = true;
    else if (orders === 'either') {
      const match = NUMERIC.exec(value.trim());
      if (match && match[1] !== match[2]) either = true;
    }
  }
  if (dmy && mdy) return 'conflict';
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  return either ? 'ambiguous' : 'none';
}
