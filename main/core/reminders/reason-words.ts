import type { ReminderKind, ReminderReason } from '../../../shared/domain/reminders.ts';

// What every kind of reason shares: the hit it is found as, how pressing it is, and the small
// words its sentences are made of.

/** A reason found for a customer: enough to filter, count and rank it; build() says it in full. */
export interface ReasonHit {
  kind: ReminderKind;
  key: string;
  dueDay: number;
  /** How pressing: what the owner promised (one-off) first, then people about to slip away. */
  score: number;
  build(): ReminderReason;
}

export const BASE: Record<ReminderKind, number> = {
  one_off: 100,
  overdue: 80,
  post_purchase: 75,
  birthday: 70,
  important_date: 65,
  at_risk: 60,
  due: 60,
  stay_in_touch: 50,
};

/** The base of the kind plus up to 20 for lateness, in days. */
export const lateScore = (kind: ReminderKind, late: number) => BASE[kind] + Math.min(20, Math.max(0, late));
/** The day itself matters most; a week ahead is a gentle nudge. */
export const aheadScore = (kind: ReminderKind, ahead: number) =>
  BASE[kind] + (ahead === 0 ? 20 : 10 - Math.min(10, ahead));

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);
export const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);
export const round1 = (n: number) => Math.round(n * 10) / 10;
