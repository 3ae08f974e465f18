import {
  addDays,
  dayStartMs,
  daysBetween,
  DAY_MS,
  type DayRange,
} from '../../../shared/domain/calendar-days.ts';

export type SqlParams = Record<string, string | number | null>;

/** Day number 0 is 1970-01-01, the same numbering as unixepoch(date(…, 'localtime')) / 86400. */
export function dayNumber(day: string): number {
  return daysBetween('1970-01-01', day);
}

/**
 * The local calendar day of `column` (epoch ms) as a day number, in integer arithmetic only.
 * SQLite's date(…, 'localtime') costs a few microseconds a row, which is most of a dashboard's
 * budget at a million interactions; this is a CASE over the few stretches of the range between
 * daylight-saving changes: within a stretch every day is 24 hours long, so the day is a division.
 * A 23- or 25-hour day is a stretch of its own, divided by its own length. Only valid for values
 * inside `range` (callers bound the column to it), and the SQL depends only on how many stretches
 * there are, so the statement cache stays small.
 */
export function localDaySql(
  column: string,
  range: DayRange,
  prefix: string,
): { sql: string; params: SqlParams } {
  const stretches: { start: number; length: number; first: number }[] = [];
  const days = daysBetween(range.from, range.to) + 1;
  let runStart = range.from;
  let runStartMs = dayStartMs(runStart);
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(range.from, offset);
    const start = dayStartMs(day);
    const length = dayStartMs(addDays(day, 1)) - start;
    if (length === DAY_MS) continue;
    if (day !== runStart) stretches.push({ start: runStartMs, length: DAY_MS, first: dayNumber(runStart) });
    stretches.push({ start, length, first: dayNumber(day) });
    runStart = addDays(day, 1);
    runStartMs = start + length;
  }
  if (daysBetween(runStart, range.to) >= 0) {
    stretches.push({ start: runStartMs, length: DAY_MS, first: dayNumber(runStart) });
  }
  const params: SqlParams = {};
  const term = (index: number) => {
    const stretch = stretches[index];
    if (!stretch) throw new Error('no stretch');
    params[`${prefix}s${index}`] = stretch.start;
    params[`${prefix}k${index}`] = stretch.first;
    params[`${prefix}l${index}`] = stretch.length;
    // better-sqlite3 binds numbers as REAL: the casts keep the division an integer one.
    return `CAST(@${prefix}k${index} AS INTEGER) + (${column} - CAST(@${prefix}s${index} AS INTEGER)) / CAST(@${prefix}l${index} AS INTEGER)`;
  };
  if (stretches.length === 1) return { sql: `(${term(0)})`, params };
  // Latest stretch first: dashboards look at recent days most.
  const whens: string[] = [];
  for (let index = stretches.length - 1; index > 0; index--) {
    whens.push(`WHEN ${column} >= @${prefix}s${index} THEN ${term(index)}`);
  }
  return { sql: `(CASE ${whens.join(' ')} ELSE ${term(0)} END)`, params };
}
