import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOf, dayStartMs } from '../../../shared/domain/calendar-days.ts';
import { dayNumber, localDaySql } from './local-day-sql.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

// Zones with daylight saving of an hour, of half an hour (Lord Howe), at midnight (Santiago,
// where some days start at 01:00) and none: the SQL's day must be the calendar's day everywhere.
describe.each(['Europe/Rome', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'])(
  'in %s',
  (zone) => {
    it('gives every instant of two years the local calendar day JavaScript gives it', () => {
      process.env.TZ = zone;
      const range = { from: '2025-01-01', to: '2026-12-31' };
      const { sql, params } = localDaySql('t', range, 'x');
      const db = new Database(':memory:');
      try {
        const statement = db.prepare<Record<string, number>, { day: number }>(
          `SELECT ${sql} AS day FROM (SELECT CAST(@t AS INTEGER) AS t)`,
        );
        const start = dayStartMs(range.from);
        const end = dayStartMs(addDays(range.to, 1));
        const wrong: string[] = [];
        // Every 37 minutes, plus the first and last millisecond of every day.
        const instants: number[] = [];
        for (let t = start; t < end; t += 37 * 60_000) instants.push(t);
        for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
          instants.push(dayStartMs(day), dayStartMs(addDays(day, 1)) - 1);
        }
        for (const t of instants) {
          const got = statement.get({ ...params, t })?.day;
          if (got !== dayNumber(dayOf(t)))
            wrong.push(`${new Date(t).toISOString()}: ${got} ≠ ${dayNumber(dayOf(t))}`);
        }
        expect(wrong.slice(0, 5)).toEqual([]);
      } finally {
        db.close();
      }
    });
  },
);
