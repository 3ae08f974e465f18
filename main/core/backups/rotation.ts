/** How many of the newest distinct local days, ISO weeks and months keep their newest backup. */
export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export const RETENTION: Retention = { daily: 7, weekly: 4, monthly: 12 };

// Periods are calendar days, weeks and months in the machine's local time zone: "yesterday's
// backup" means the shop owner's yesterday, not UTC's.

function dayKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** ISO 8601 week: weeks start on Monday and belong to the year of their Thursday. */
function weekKey(time: number): string {
  const d = new Date(time);
  const thursday = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 3 - ((d.getDay() + 6) % 7));
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - 0.5);
  return `${thursday.getFullYear()}-W${week}`;
}

function monthKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/**
 * Grandfather-father-son rotation as borg and restic do it: walking from the newest backup, each
 * rule keeps the newest backup of each period until it holds its count of periods. Periods are
 * counted where backups exist, not on the calendar, so a shop closed for three months still
 * keeps its last seven daily backups. The newest backup is always kept.
 */
export function backupsToKeep<T extends { takenAt: number }>(
  backups: readonly T[],
  retention: Retention = RETENTION,
): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt);
  const keep = new Set<T>(newestFirst.slice(0, 1));
  const rules: [number, (time: number) => string][] = [
    [retention.daily, dayKey],
    [retention.weekly, weekKey],
    [retention.monthly, monthKey],
  ];
  for (const [count, keyOf] of rules) {
    const periods = new Set<string>();
    for (const backup of newestFirst) {
      if (periods.size >= count) break;
      const key = keyOf(backup.takenAt);
      if (periods.has(key)) continue;
      periods.add(key);
      keep.add(backup);
    }
  }
  return keep;
}
