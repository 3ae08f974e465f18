import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isDay,
  presetRange,
  previousRange,
  rangeLength,
  weekStart,
} from './calendar-days.ts';

describe('calendar days', () => {
  it('steps across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-18', '2026-01-14')).toBe(27);
    expect(addMonths('2025-11-01', 3)).toBe('2026-02-01');
    expect(weekStart('2026-01-01')).toBe('2025-12-29'); // a Thursday; weeks start on Monday
    expect(weekStart('2025-12-29')).toBe('2025-12-29');
  });

  it('accepts only real days between 1970 and 2199', () => {
    expect(['2024-02-29', '1970-01-01', '2199-12-31'].every(isDay)).toBe(true);
    expect(['2023-02-29', '1969-12-31', '2200-01-01', '2026-13-01', '2026-1-1'].some(isDay)).toBe(false);
  });
});

describe('periods and the period before them', () => {
  it('compares with the same number of days just before, across a year boundary', () => {
    expect(previousRange({ from: '2026-01-01', to: '2026-01-14' })).toEqual({
      from: '2025-12-18',
      to: '2025-12-31',
    });
    // A whole leap year is 366 days; the previous period is the 366 days before it.
    const leap = { from: '2024-01-01', to: '2024-12-31' };
    expect(rangeLength(leap)).toBe(366);
    expect(previousRange(leap)).toEqual({ from: '2022-12-31', to: '2023-12-31' });
  });

  it('resolves presets against today', () => {
    expect(presetRange('thisMonth', '2026-03-05')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    expect(presetRange('last30', '2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(presetRange('last90', '2026-01-15')).toEqual({ from: '2025-10-18', to: '2026-01-15' });
    // On 1 January, "this year" is one day and is compared with 31 December.
    const newYear = presetRange('thisYear', '2026-01-01');
    expect(newYear).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(previousRange(newYear)).toEqual({ from: '2025-12-31', to: '2025-12-31' });
  });
});
