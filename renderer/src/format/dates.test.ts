import { describe, expect, it } from 'vitest';
import { formatBirthday, parseDateTimeLocal, toDateTimeLocal } from './dates.ts';

describe('formatBirthday', () => {
  it('formats a full date and a day without a year, 29 February included', () => {
    expect(formatBirthday('1990-05-17')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(1990, 4, 17),
      ),
    );
    const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    expect(formatBirthday('--02-29')).toBe(dayMonth.format(Date.UTC(2000, 1, 29)));
    expect(formatBirthday('--02-29')).not.toMatch(/--|\d{4}/);
  });
});

describe('datetime-local values', () => {
  it('round-trip a local time to the minute', () => {
    const moment = new Date(2025, 4, 17, 14, 30).getTime();
    expect(toDateTimeLocal(moment)).toBe('2025-05-17T14:30');
    expect(parseDateTimeLocal('2025-05-17T14:30')).toBe(moment);
  });

  it('read an empty or malformed value as no time at all', () => {
    expect(parseDateTimeLocal('')).toBeNull();
    expect(parseDateTimeLocal('17/05/2025 14:30')).toBeNull();
  });
});
