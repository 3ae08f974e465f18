import { z } from 'zod';

/**
 * Calendar days as "YYYY-MM-DD" in the machine's LOCAL time zone: a shop's "this month" starts at
 * its own midnight, not at UTC's. Day arithmetic is done on the calendar (through UTC dates, which
 * have no daylight saving), and only turned into instants at the end, so a day is a day even when
 * it lasts 23 or 25 hours.
 */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

function parts(day: Day): [number, number, number] | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || date < 1) return null;
  return date <= new Date(Date.UTC(year, month, 0)).getUTCDate() ? [year, month, date] : null;
}

/** A real date between 1970 and 2199: what users may ask for (arithmetic may step outside). */
export function isDay(value: string): boolean {
  const found = parts(value);
  return found !== null && found[0] >= 1970 && found[0] <= 2199;
}

export const daySchema = z
  .string()
  .regex(DAY_PATTERN, 'must be a date like 2026-01-31')
  .refine(isDay, 'is not a real date between 1970 and 2199');

function partsOf(day: Day): [number, number, number] {
  const found = parts(day);
  if (!found) throw new Error(`Not a calendar day: ${day}`);
  return found;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromUtc(date: Date): Day {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function utcOf(day: Day): Date {
  const [year, month, date] = partsOf(day);
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(day: Day, days: number): Day {
  const date = utcOf(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole days from `a` to `b` (b − a): 0 for the same day. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utcOf(b).getTime() - utcOf(a).getTime()) / DAY_MS);
}

/** The instant the day starts at, in local time (the first valid moment if midnight is skipped). */
export function dayStartMs(day: Day): number {
  const [year, month, date] = partsOf(day);
  const local = new Date(0);
  // setFullYear, because the Date constructor reads years 0-99 as 1900-1999.
  local.setFullYear(year, month - 1, date);
  local.setHours(0, 0, 0, 0);
  return local.getTime();
}

/** The local calendar day an instant falls on. */
export function dayOf(ms: number): Day {
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function monthStart(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function addMonths(day: Day, months: number): Day {
  const [year, month] = partsOf(monthStart(day));
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, 1)));
}

/** The Monday on or before the day: weeks run Monday to Sunday (ISO 8601). */
export function weekStart(day: Day): Day {
  const weekday = (utcOf(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** A run of whole local days, first and last included. */
export interface DayRange {
  from: Day;
  to: Day;
}

/** The instants a range covers: [start, end), end being the midnight after its last day. */
export function rangeMs(range: DayRange): { start: number; end: number } {
  return { start: dayStartMs(range.from), end: dayStartMs(addDays(range.to, 1)) };
}

export function rangeLength(range: DayRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/** The range of the same length that ends the day before this one starts (across years as well). */
export function previousRange(range: DayRange): DayRange {
  return { from: addDays(range.from, -rangeLength(range)), to: addDays(range.from, -1) };
}

export const PERIOD_PRESETS = ['thisMonth', 'last30', 'last90', 'thisYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PRESET_LABELS: Record<PeriodPreset, string> = {
  thisMonth: 'This month',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  thisYear: 'This year',
};

/** Each preset ends today: "this month" is the 1st to today, "last 30 days" today and the 29 before. */
export function presetRange(preset: PeriodPreset, today: Day): DayRange {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}
