const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "5 Jan" for a calendar day "2026-01-05" (read as a date, not an instant, so no zone shifts it). */
export function dayLabel(day: string): string {
  return dayMonth.format(Date.parse(`${day}T00:00:00Z`));
}

/** "Jan 2026" for "2026-01". */
export function monthLabel(month: string): string {
  return monthYear.format(Date.parse(`${month}-01T00:00:00Z`));
}
