import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './rotation.ts';

// Local noon, so every expectation holds in whatever time zone the tests run.
const at = (year: number, month: number, day: number, hour = 12) => {
  const date = new Date(year, month - 1, day, hour);
  return {
    takenAt: date.getTime(),
    label: `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} ${hour}h`,
  };
};

function kept(backups: ReturnType<typeof at>[]) {
  const keep = backupsToKeep(backups);
  return backups.filter((backup) => keep.has(backup)).map((backup) => backup.label);
}

describe('backupsToKeep (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps only the newest backup of a day', () => {
    const day = [at(2026, 3, 10, 9), at(2026, 3, 10, 12), at(2026, 3, 10, 18)];
    expect(kept(day)).toEqual(['2026-3-10 18h']);
  });

  it('keeps 7 days, then the newest of each earlier ISO week and month', () => {
    // One backup a day at noon from Thu 1 Jan 2026 to Tue 31 Mar 2026.
    const daily = Array.from({ length: 90 }, (_, i) => at(2026, 1, 1 + i));
    expect(kept(daily).sort()).toEqual(
      [
        // Daily: the last 7 days (25–31 March); the Sunday 29th also closes ISO week 13.
        '2026-3-25 12h',
        '2026-3-26 12h',
        '2026-3-27 12h',
        '2026-3-28 12h',
        '2026-3-29 12h',
        '2026-3-30 12h',
        '2026-3-31 12h',
        // Weekly: newest of weeks 14 (the 31st), 13, 12 and 11: the Sundays 22 and 15 March.
        '2026-3-22 12h',
        '2026-3-15 12h',
        // Monthly: newest of March (the 31st), February and January.
        '2026-2-28 12h',
        '2026-1-31 12h',
      ].sort(),
    );
  });

  it('counts periods that have backups, so a long closure does not empty the folder', () => {
    const beforeClosure = [at(2025, 6, 1), at(2025, 6, 2), at(2025, 6, 3)];
    const afterClosure = [at(2025, 10, 1)];
    expect(kept([...beforeClosure, ...afterClosure]).sort()).toEqual(
      ['2025-6-1 12h', '2025-6-2 12h', '2025-6-3 12h', '2025-10-1 12h'].sort(),
    );
  });

  it('keeps at most 12 months of monthly backups', () => {
    const monthly = Array.from({ length: 24 }, (_, i) => at(2024 + Math.floor(i / 12), (i % 12) + 1, 15));
    const result = kept(monthly);
    expect(result).toHaveLength(12);
    expect(result[0]).toBe('2025-1-15 12h');
    expect(result.at(-1)).toBe('2025-12-15 12h');
  });

  it('keeps nothing of an empty list and the only backup of a one-item list', () => {
    expect(kept([])).toEqual([]);
    expect(kept([at(2026, 1, 1)])).toEqual(['2026-1-1 12h']);
  });
});
