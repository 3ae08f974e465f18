import { dayFromParts, isLeapYear, partsOfDay } from '../../../shared/domain/calendar-day.ts';

// Birthdays and other dates that come back every year. Someone born on 29 February is
// remembered on 28 February in common years (the last day of their month), never skipped.

export interface MonthDay {
  month: number;
  day: number;
  /** The year of the original date, when known. */
  year: number | null;
}

/** "1990-02-29" or "--02-29" (year unknown); null for anything else. */
export function parseMonthDay(text: string): MonthDay | null {
  const match = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month = '', day = ''] = match;
  return { month: Number(month), day: Number(day), year: year === undefined ? null : Number(year) };
}

/** The day it falls on in `year`: 29 February becomes 28 February outside leap years. */
export function occurrenceIn(year: number, { month, day }: MonthDay): { day: number; moved: boolean } {
  const moved = month === 2 && day === 29 && !isLeapYear(year);
  return { day: dayFromParts(year, month, moved ? 28 : day), moved };
}

export interface Occurrence {
  day: number;
  daysAhead: number;
  /** Years since the original date, when its year is known. */
  years: number | null;
  moved: boolean;
}

/** The next occurrence on or after `today`, if it is at most `daysAhead` days away. */
export function upcomingOccurrence(date: MonthDay, today: number, daysAhead: number): Occurrence | null {
  const { year } = partsOfDay(today);
  for (const candidateYear of [year, year + 1]) {
    const { day, moved } = occurrenceIn(candidateYear, date);
    if (day < today) continue;
    if (day - today > daysAhead) return null;
    return {
      day,
      daysAhead: day - today,
      years: date.year === null ? null : candidateYear - date.year,
      moved,
    };
  }
  return null;
}

/**
 * Every "MM-DD" whose occurrence falls in [today, today + daysAhead]: what an indexed query can
 * look up. In a common year the window's 28 February also brings "02-29".
 */
export function monthDaysInWindow(today: number, daysAhead: number): string[] {
  const found: string[] = [];
  for (let day = today; day <= today + daysAhead; day++) {
    const { year, month, dayOfMonth } = partsOfDay(day);
    const text = `${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    found.push(text);
    if (month === 2 && dayOfMonth === 28 && !isLeapYear(year)) found.push('02-29');
  }
  return found;
}
