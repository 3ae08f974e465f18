const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayMonthFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const fullBirthdayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(ms: number): string {
  return dateFormat.format(ms);
}

export function formatDateTime(ms: number): string {
  return dateTimeFormat.format(ms);
}

/** "1990-05-17" → "May 17, 1990"; "--05-17" (year unknown) → "May 17". */
export function formatBirthday(birthday: string): string {
  const match = /^(?:(\d{4})-|--)(\d{2})-(\d{2})$/.exec(birthday);
  if (!match) return birthday;
  const [, year = '--', month = '1', day = '1'] = match;
  // A leap year keeps 29 February formattable when the year is unknown.
  const date = Date.UTC(year === '--' ? 2000 : Number(year), Number(month) - 1, Number(day));
  return (year === '--' ? dayMonthFormat : fullBirthdayFormat).format(date);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value a datetime-local input expects, in the computer's time zone: "2024-05-17T14:30". */
export function toDateTimeLocal(ms: number): string {
  const date = new Date(ms);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** Reads a datetime-local value back as epoch milliseconds; null when it is empty or not a time. */
export function parseDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}
