import type { DateOrder } from '../../../shared/domain/import-targets.ts';
import { readDate } from './dates.ts';

// When a purchase or visit happened. A time without a zone is the shop's local time, as at the
// counter; a date alone is local midnight, as `regulars log --at 2024-03-01` reads it.

const TIME =
  /^(?:T|\s+|,\s*)(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export type InstantReading = { ok: true; at: number } | { ok: false; reason: string; ambiguous?: boolean };

export function readInstant(text: string, order?: DateOrder): InstantReading {
  const reading = readDate(text, order);
  if (!reading.ok) return reading;
  const { year, month, day, rest } = reading.parts;
  if (year === null) return { ok: false, reason: `'${text.trim()}' has no year` };
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let zone: string | undefined;
  if (rest.trim() !== '') {
    const time = TIME.exec(rest);
    if (!time) return { ok: false, reason: `'${text.trim()}' has a time Regulars cannot read` };
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    millis = Number((time[4] ?? '0').padEnd(3, '0'));
    const half = time[5]?.toLowerCase().replaceAll('.', '');
    if (half !== undefined) {
      if (hour < 1 || hour > 12) return { ok: false, reason: `'${text.trim()}' is not a real time of day` };
      hour = (hour % 12) + (half === 'pm' ? 12 : 0);
    }
    zone = time[6];
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `'${text.trim()}' is not a real time of day` };
  }
  const date = new Date(0);
  if (zone === undefined) {
    // setFullYear, because the Date constructor reads years 0-99 as 1900-1999.
    date.setFullYear(year, month - 1, day);
    date.setHours(hour, minute, second, millis);
    return { ok: true, at: date.getTime() };
  }
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const offset = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  if (offset === null) return { ok: false, reason: `'${text.trim()}' has an impossible time zone` };
  return { ok: true, at: date.getTime() - offset * 60_000 };
}

function zoneMinutes(zone: string): number | null {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
