import { usualIntervalDays } from '../services/customer-facts.ts';

// A customer's rhythm, from their distinct visit days: the usual interval is the median gap over
// the last 10 visit days (the customer page's "usually every 21 days"). Due when the days since
// the last visit reach it, overdue at a multiple of it (a setting, 1.5 by default), and off the
// due list at a larger multiple, when the customer is better described as lapsed.

/** How many of the latest visit days the usual interval looks at: recent habits, not old ones. */
export const RHYTHM_WINDOW = 10;

export interface Rhythm {
  visitDays: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Median gap over the last RHYTHM_WINDOW visit days; null with fewer than two. */
  intervalDays: number | null;
}

/** Summarises visit days given in any order, duplicates allowed (two purchases in a day are one visit). */
export function rhythmOf(days: Iterable<number>): Rhythm {
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  const first = distinct[0];
  const last = distinct.at(-1);
  return {
    visitDays: distinct.length,
    firstDay: first ?? null,
    lastDay: last ?? null,
    intervalDays: usualIntervalDays(distinct.slice(-RHYTHM_WINDOW)),
  };
}

/**
 * Whole days after the last visit at which `factor` × the interval is reached. A small tolerance
 * keeps 10 × 1.1 at 11, not 12 (it is 11.000000000000002 in floating point).
 */
export function daysAfter(intervalDays: number, factor: number): number {
  return Math.max(1, Math.ceil(intervalDays * factor - 1e-9));
}

export interface RhythmThresholds {
  overdueFactor: number;
  stopAfterFactor: number;
}

/** The days on which a customer becomes due, overdue, and leaves the due list. */
export function rhythmDays(lastDay: number, intervalDays: number, thresholds: RhythmThresholds) {
  return {
    dueDay: lastDay + daysAfter(intervalDays, 1),
    overdueDay: lastDay + daysAfter(intervalDays, thresholds.overdueFactor),
    stopDay: lastDay + daysAfter(intervalDays, thresholds.stopAfterFactor),
  };
}

export type RhythmState = 'not_yet' | 'due' | 'overdue' | 'lapsed';

export function rhythmState(
  today: number,
  lastDay: number,
  intervalDays: number,
  thresholds: RhythmThresholds,
): RhythmState {
  const days = rhythmDays(lastDay, intervalDays, thresholds);
  if (today >= days.stopDay) return 'lapsed';
  if (today >= days.overdueDay) return 'overdue';
  if (today >= days.dueDay) return 'due';
  return 'not_yet';
}

/** The shop-wide typical interval: the median of the customers' own usual intervals. */
export function typicalInterval(intervals: number[]): number | null {
  if (intervals.length === 0) return null;
  const sorted = Float64Array.from(intervals).sort();
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
