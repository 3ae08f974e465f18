import { dayToIso } from '../../../shared/domain/calendar-day.ts';
import { parseMonthDay, upcomingOccurrence } from './anniversaries.ts';
import { aheadScore, inDays, plural, type ReasonHit } from './reason-words.ts';

// Birthdays and date fields: reasons that come back every year, keyed by the year they fall in.

export function birthdayReason(today: number, birthday: string, daysAhead: number): ReasonHit | null {
  const date = parseMonthDay(birthday);
  const next = date && upcomingOccurrence(date, today, daysAhead);
  if (!next) return null;
  const key = `birthday:${dayToIso(next.day).slice(0, 4)}`;
  return {
    kind: 'birthday',
    key,
    dueDay: next.day,
    score: aheadScore('birthday', next.daysAhead),
    build: () => {
      const turns = next.years !== null && next.years > 0 ? next.years : null;
      const moved = next.moved ? ', for 29 February' : '';
      return {
        kind: 'birthday',
        key,
        dueDate: dayToIso(next.day),
        text: `Birthday ${inDays(next.daysAhead)} (${dayToIso(next.day)}${moved})${turns === null ? '' : `: turns ${turns}`}.`,
        daysAhead: next.daysAhead,
        turns,
        leapDayMoved: next.moved,
      };
    },
  };
}

export function importantDateReason(
  today: number,
  field: { id: string; label: string },
  value: string,
  daysAhead: number,
): ReasonHit | null {
  const date = parseMonthDay(value);
  const next = date && upcomingOccurrence(date, today, daysAhead);
  if (!next) return null;
  const key = `date:${field.id}:${dayToIso(next.day).slice(0, 4)}`;
  return {
    kind: 'important_date',
    key,
    dueDay: next.day,
    score: aheadScore('important_date', next.daysAhead),
    build: () => {
      const years = next.years !== null && next.years > 0 ? next.years : null;
      return {
        kind: 'important_date',
        key,
        dueDate: dayToIso(next.day),
        text: `${field.label} ${inDays(next.daysAhead)} (${dayToIso(next.day)}${next.moved ? ', for 29 February' : ''})${years === null ? '' : `: ${plural(years, 'year')}`}.`,
        fieldId: field.id,
        label: field.label,
        daysAhead: next.daysAhead,
        years,
        leapDayMoved: next.moved,
      };
    },
  };
}
