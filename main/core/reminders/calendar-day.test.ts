import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';

// Local calendar days in Paris: daylight saving starts on 29 March 2026 (23 hours) and ends on
// 25 October 2026 (25 hours).

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('calendar days', () => {
  it('puts 23:59 and 00:01 the next morning one day apart, though two minutes apart', () => {
    expect(localDayOf(local(2024, 2, 29, 0, 1)) - localDayOf(local(2024, 2, 28, 23, 59))).toBe(1);
    expect(dayToIso(localDayOf(local(2024, 2, 29, 23, 59)))).toBe('2024-02-29');
  });

  it('reads the local date, not the UTC one: 00:30 in Paris is the previous evening in UTC', () => {
    expect(dayToIso(localDayOf(Date.UTC(2026, 5, 30, 22, 30)))).toBe('2026-07-01');
  });

  it('starts days at local midnight, whatever their length', () => {
    const day = isoToDay('2026-03-29') ?? NaN;
    expect(startOfLocalDay(day + 1) - startOfLocalDay(day)).toBe(23 * 3_600_000);
    const autumn = isoToDay('2026-10-25') ?? NaN;
    expect(startOfLocalDay(autumn + 1) - startOfLocalDay(autumn)).toBe(25 * 3_600_000);
    expect(localDayOf(startOfLocalDay(day))).toBe(day);
  });

  it('refuses dates that do not exist', () => {
    expect(isoToDay('2024-02-29')).toBe(19_782);
    expect(isoToDay('2023-02-29')).toBeNull();
    expect(isoToDay('2026-13-01')).toBeNull();
    expect(isoToDay('26-01-01')).toBeNull();
  });
});
