import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../shared/domain/calendar-day.ts';
import { monthDaysInWindow, occurrenceIn, parseMonthDay, upcomingOccurrence } from './anniversaries.ts';

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d);

describe('dates that come back every year', () => {
  it('reads a date with or without its year, and nothing else', () => {
    expect(parseMonthDay('1992-02-29')).toEqual({ year: 1992, month: 2, day: 29 });
    expect(parseMonthDay('--12-31')).toEqual({ year: null, month: 12, day: 31 });
    expect(parseMonthDay('')).toBeNull();
    expect(parseMonthDay('31/12')).toBeNull();
  });

  it.each([
    [2024, day(2024, 2, 29), false],
    [2027, day(2027, 2, 28), true],
    [2100, day(2100, 2, 28), true], // not a leap year: divisible by 100
    [2000, day(2000, 2, 29), false], // a leap year: divisible by 400
  ])('puts 29 February in %i on its day or on 28 February', (year, expected, moved) => {
    expect(occurrenceIn(year, { year: null, month: 2, day: 29 })).toEqual({ day: expected, moved });
  });

  it('finds the next occurrence within the window, across the new year, with the years passed', () => {
    const newYear = { year: 2000, month: 1, day: 2 };
    expect(upcomingOccurrence(newYear, day(2026, 12, 30), 7)).toEqual({
      day: day(2027, 1, 2),
      daysAhead: 3,
      years: 27,
      moved: false,
    });
    expect(upcomingOccurrence(newYear, day(2026, 12, 30), 2)).toBeNull();
    expect(upcomingOccurrence(newYear, day(2027, 1, 2), 0)).toMatchObject({ daysAhead: 0 });
    expect(upcomingOccurrence(newYear, day(2027, 1, 3), 7)).toBeNull();
  });

  it('lists the month-days an index lookup needs, 29 February included in a common year', () => {
    expect(monthDaysInWindow(day(2027, 2, 27), 2)).toEqual(['02-27', '02-28', '02-29', '03-01']);
    expect(monthDaysInWindow(day(2028, 2, 28), 1)).toEqual(['02-28', '02-29']);
    expect(monthDaysInWindow(day(2026, 12, 31), 1)).toEqual(['12-31', '01-01']);
  });
});
