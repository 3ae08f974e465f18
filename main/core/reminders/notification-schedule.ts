import { localDayOf, startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { ReminderKind } from '../../../shared/domain/reminders.ts';

// The daily desktop notification: once a day, at the chosen local hour or at the first moment
// after it (the laptop was asleep at 9:00, it shows at 9:40), never twice on one day.

/** Local time `hour`:00 on a day (on a daylight-saving morning, the next hour that exists). */
export function atLocalHour(day: number, hour: number): number {
  const date = new Date(startOfLocalDay(day));
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
}

export function notificationDue(now: number, hour: number | null, lastShownDay: number | null): boolean {
  if (hour === null) return false;
  const today = localDayOf(now);
  if (lastShownDay !== null && lastShownDay >= today) return false;
  return now >= atLocalHour(today, hour);
}

/** When to look again: now if due, else the chosen hour today or tomorrow; null when switched off. */
export function nextNotificationCheck(
  now: number,
  hour: number | null,
  lastShownDay: number | null,
): number | null {
  if (hour === null) return null;
  if (notificationDue(now, hour, lastShownDay)) return now;
  const today = localDayOf(now);
  const todayAt = atLocalHour(today, hour);
  const shownToday = lastShownDay !== null && lastShownDay >= today;
  return !shownToday && todayAt > now ? todayAt : atLocalHour(today + 1, hour);
}

const LABELS: Record<ReminderKind, [string, string]> = {
  one_off: ['reminder', 'reminders'],
  overdue: ['overdue', 'overdue'],
  birthday: ['birthday', 'birthdays'],
  important_date: ['special date', 'special dates'],
  post_purchase: ['follow-up', 'follow-ups'],
  at_risk: ['at risk', 'at risk'],
  due: ['due back', 'due back'],
  stay_in_touch: ['to keep in touch with', 'to keep in touch with'],
};

/** "4 customers to think of today" / "2 overdue, 1 birthday: Ann Lee, Bo Chen and 2 more". */
export function notificationText(
  total: number,
  counts: Record<ReminderKind, number>,
  names: readonly string[],
): { title: string; body: string } {
  const parts = (Object.keys(LABELS) as ReminderKind[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${LABELS[kind][counts[kind] === 1 ? 0 : 1]}`);
  const shown = names.slice(0, 2).join(', ');
  const more = total > 2 ? ` and ${total - 2} more` : '';
  return {
    title: `${total} ${total === 1 ? 'customer' : 'customers'} to think of today`,
    body: `${parts.join(', ')}: ${shown}${more}.`,
  };
}
