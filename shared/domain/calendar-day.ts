// Calendar days as whole numbers: the local date (the machine's time zone, where the shop is)
// read as a UTC date and counted in days from 1970-01-01. Gaps between two such numbers are whole
// days whatever the clock time of the visits and whatever daylight saving did in between: a visit
// at 23:59 and one at 00:01 the next morning are one day apart. The same local day SQLite's
// date(…, 'localtime') gives, which is how visits are counted elsewhere.

export const DAY_MS = 86_400_000;

/** The local calendar day of an instant. */
export function localDayOf(epochMs: number): number {
  const offsetMs = new Date(epochMs).getTimezoneOffset() * 60_000;
  return Math.floor((epochMs - offsetMs) / DAY_MS);
}

/** Local midnight at the start of a day (23 or 25 hours before the next one around daylight saving). */
export function startOfLocalDay(day: number): number {
  const date = new Date(day * DAY_MS);
  const local = new Date(0);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return local.getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2024-02-29". */
export function dayToIso(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day of "2024-02-29"; null for text that is not a real date. */
export function isoToDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / DAY_MS;
  return dayToIso(day) === iso ? day : null;
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOfDay(day: number): { year: number; month: number; dayOfMonth: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

export function dayFromParts(year: number, month: number, dayOfMonth: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return Math.round(date.getTime() / DAY_MS);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
