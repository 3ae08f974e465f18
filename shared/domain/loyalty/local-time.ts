// Calendar arithmetic in the machine's local time zone, like the visit facts (VISIT_DAY in
// migration 20): "12 months", "a day" and "a birthday" are what the shop's wall clock says.
// A full recompute does this for a million visits, so days are cached: a day's offset, its
// date parts and its midnight are each worked out with a Date object once.

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const texts = new Map<number, string>();

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size > 200_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * Numbers cached by a whole-number key, one slot per key modulo the size (a newer key takes the
 * slot of an older one): a replay asks these millions of times, and a typed array is many times
 * quicker than a Map.
 */
class SlotCache {
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.keys = new Float64Array(1 << bits).fill(Number.NaN);
    this.values = new Float64Array(1 << bits);
  }

  /** The value held for the key, or undefined. */
  get(key: number): number | undefined {
    const slot = key & this.mask;
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  set(key: number, value: number): number {
    const slot = key & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    return value;
  }
}

const offsets = new SlotCache(16);
const midnights = new SlotCache(15);

/** Milliseconds east of UTC at an instant, cached per hour. */
function offsetMs(at: number): number {
  const hour = Math.floor(at / HOUR_MS);
  return offsets.get(hour) ?? offsets.set(hour, -new Date(hour * HOUR_MS).getTimezoneOffset() * 60_000);
}

/** The local calendar day of an instant as a day number (days since 1970-01-01 on the wall clock). */
export function localDay(at: number): number {
  return Math.floor((at + offsetMs(at)) / DAY_MS);
}

/** "2026-03-01" for a day number. */
export function dayText(day: number): string {
  return remember(texts, day, () => new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** The instant a local date starts (local midnight). */
export function localMidnight(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setFullYear(year, monthIndex, day);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight of a day number. */
function midnightOf(day: number): number {
  const cached = midnights.get(day);
  if (cached !== undefined) return cached;
  const date = new Date(day * DAY_MS);
  return midnights.set(day, localMidnight(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : (MONTH_DAYS[monthIndex] ?? 31);
}

/** The local midnight `months` after (or before) a day's, by day number: what addMonths caches. */
function shiftedMidnight(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const target = Date.UTC(year, monthIndex, Math.min(date.getUTCDate(), daysIn(year, monthIndex))) / DAY_MS;
  return midnightOf(target);
}

const shifted = new SlotCache(16);
/** Shifts the cache key can hold: far more than any program setting (12 months, 60 kept, 120 to expire). */
const MAX_CACHED_MONTHS = 1000;

/**
 * The same time of day `months` later (or earlier) on the wall clock; 31 January + 1 month is
 * 28/29 February. The time of day is kept as the time since local midnight. A full recompute asks
 * this millions of times for a few thousand days, so each (day, months) is worked out once.
 */
export function addMonths(at: number, months: number): number {
  const day = localDay(at);
  const sinceMidnight = at - midnightOf(day);
  if (Math.abs(months) >= MAX_CACHED_MONTHS || !Number.isInteger(months))
    return shiftedMidnight(day, months) + sinceMidnight;
  const key = day * (2 * MAX_CACHED_MONTHS) + months;
  return (shifted.get(key) ?? shifted.set(key, shiftedMidnight(day, months))) + sinceMidnight;
}

const yearStarts = new SlotCache(15);

/** Local midnight of 1 January of the instant's year. */
export function startOfYear(at: number): number {
  const day = localDay(at);
  const cached = yearStarts.get(day);
  if (cached !== undefined) return cached;
  const year = new Date(day * DAY_MS).getUTCFullYear();
  return yearStarts.set(day, midnightOf(Date.UTC(year, 0, 1) / DAY_MS));
}

/** The end of a local date (the last millisecond of it): what "as of 2026-03-01" means. */
export function endOfLocalDay(year: number, monthIndex: number, day: number): number {
  return localMidnight(year, monthIndex, day + 1) - 1;
}

/**
 * When a birthday ("1990-02-29" or "--02-29") falls in a year: local midnight, with 29 February
 * on 28 February in other years. Undefined when the text is not a birthday.
 */
export function birthdayIn(birthday: string, year: number): number | undefined {
  const match = /^(?:\d{4}-|--)(\d{2})-(\d{2})$/.exec(birthday);
  if (!match) return undefined;
  const monthIndex = Number(match[1]) - 1;
  const day = Math.min(Number(match[2]), daysIn(year, monthIndex));
  return localMidnight(year, monthIndex, day);
}
