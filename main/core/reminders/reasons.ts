import { dayToIso } from '../../../shared/domain/calendar-day.ts';
import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import type { ReminderReason } from '../../../shared/domain/reminders.ts';
import { ago, BASE, lateScore, plural, round1, type ReasonHit } from './reason-words.ts';
import { rhythmDays, rhythmState, type RhythmThresholds } from './rhythm.ts';

// Each kind of reason from its facts: the key of this occurrence (done or dismissed, it stays away
// until the next one), the day it became due, how pressing it is, and on demand (only for the rows
// shown: a big shop has tens of thousands) its numbers and the same in words. Yearly dates are in
// reasons-dates.ts.

export type { ReasonHit } from './reason-words.ts';
export { birthdayReason, importantDateReason } from './reasons-dates.ts';

export interface RhythmFacts {
  lastDay: number;
  intervalDays: number;
  source: 'own' | 'shop';
  visits: number;
}

export function rhythmReason(
  today: number,
  facts: RhythmFacts,
  thresholds: RhythmThresholds,
): ReasonHit | null {
  const state = rhythmState(today, facts.lastDay, facts.intervalDays, thresholds);
  if (state !== 'due' && state !== 'overdue') return null;
  const days = rhythmDays(facts.lastDay, facts.intervalDays, thresholds);
  const since = today - facts.lastDay;
  const build = (): ReminderReason => {
    const interval = round1(facts.intervalDays);
    const usual =
      facts.source === 'own'
        ? `usually every ${plural(interval, 'day')}`
        : `one visit so far; the shop's typical interval is ${plural(interval, 'day')}`;
    const last = `last visit ${ago(since)} (${dayToIso(facts.lastDay)})`;
    const common = {
      lastVisitDate: dayToIso(facts.lastDay),
      daysSinceLastVisit: since,
      intervalDays: facts.intervalDays,
      intervalSource: facts.source,
      visits: facts.visits,
    };
    if (state === 'due') {
      return {
        kind: 'due',
        key: `due:${facts.lastDay}`,
        dueDate: dayToIso(days.dueDay),
        text: `Due back: ${usual}, ${last}.`,
        ...common,
      };
    }
    return {
      kind: 'overdue',
      key: `overdue:${facts.lastDay}`,
      dueDate: dayToIso(days.overdueDay),
      text: `Overdue: ${usual}, ${last}, ${round1(since / facts.intervalDays)}× the usual gap.`,
      overdueFactor: thresholds.overdueFactor,
      ...common,
    };
  };
  if (state === 'due') {
    return {
      kind: 'due',
      key: `due:${facts.lastDay}`,
      dueDay: days.dueDay,
      score: lateScore('due', today - days.dueDay),
      build,
    };
  }
  const late = today - days.overdueDay;
  return {
    kind: 'overdue',
    key: `overdue:${facts.lastDay}`,
    dueDay: days.overdueDay,
    score: BASE.overdue + Math.min(20, (10 * late) / Math.max(1, facts.intervalDays)),
    build,
  };
}

export function atRiskReason(today: number, pAlive: number, visits: number, lastDay: number): ReasonHit {
  const since = today - lastDay;
  const key = `at_risk:${lastDay}`;
  return {
    kind: 'at_risk',
    key,
    dueDay: today,
    score: BASE.at_risk + 20 * (1 - pAlive),
    build: () => ({
      kind: 'at_risk',
      key,
      dueDate: dayToIso(today),
      text: `At risk: ${Math.round(pAlive * 100)}% likely still a regular after ${plural(visits, 'visit')}; last visit ${ago(since)} (${dayToIso(lastDay)}).`,
      pAlive,
      visits,
      lastVisitDate: dayToIso(lastDay),
      daysSinceLastVisit: since,
    }),
  };
}

export function postPurchaseReason(
  today: number,
  rule: { id: string; days: number; note: string },
  interaction: { id: string; kind: InteractionKind; day: number },
): ReasonHit {
  const dueDay = interaction.day + rule.days;
  const key = `post:${rule.id}:${interaction.id}`;
  return {
    kind: 'post_purchase',
    key,
    dueDay,
    score: lateScore('post_purchase', today - dueDay),
    build: () => ({
      kind: 'post_purchase',
      key,
      dueDate: dayToIso(dueDay),
      text: `Follow up ${plural(rule.days, 'day')} after the ${interaction.kind.replace('_', '-')} of ${dayToIso(interaction.day)}${today > dueDay ? ` (due ${ago(today - dueDay)})` : ''}${rule.note === '' ? '' : `: ${rule.note}`}.`,
      ruleId: rule.id,
      interactionId: interaction.id,
      interactionKind: interaction.kind,
      interactionDate: dayToIso(interaction.day),
      afterDays: rule.days,
      note: rule.note,
    }),
  };
}

export interface StayPlan {
  everyDays: number;
  source: 'customer' | 'tag';
  tag: string | null;
}

/** Due once `everyDays` have passed since the last contact (or since the customer was added). */
export function stayInTouchReason(
  today: number,
  plan: StayPlan,
  lastContactDay: number | null,
  addedDay: number,
): ReasonHit | null {
  const dueDay = (lastContactDay ?? addedDay) + plan.everyDays;
  if (today < dueDay) return null;
  const key = `stay:${dueDay}`;
  return {
    kind: 'stay_in_touch',
    key,
    dueDay,
    score: lateScore('stay_in_touch', today - dueDay),
    build: () => {
      const since = lastContactDay === null ? null : today - lastContactDay;
      const rule = plan.source === 'tag' ? ` (tag ${plan.tag ?? ''})` : '';
      return {
        kind: 'stay_in_touch',
        key,
        dueDate: dayToIso(dueDay),
        text: `Stay in touch every ${plural(plan.everyDays, 'day')}${rule}: ${since === null ? 'no contact yet' : `last contact ${ago(since)}`}.`,
        everyDays: plan.everyDays,
        source: plan.source,
        tag: plan.tag,
        lastContactDate: lastContactDay === null ? null : dayToIso(lastContactDay),
        daysSinceContact: since,
      };
    },
  };
}

export function oneOffReason(
  today: number,
  reminder: { id: string; dueDay: number; note: string },
): ReasonHit {
  const late = today - reminder.dueDay;
  const key = `once:${reminder.id}`;
  return {
    kind: 'one_off',
    key,
    dueDay: reminder.dueDay,
    score: lateScore('one_off', late),
    build: () => ({
      kind: 'one_off',
      key,
      dueDate: dayToIso(reminder.dueDay),
      text: `Reminder for ${dayToIso(reminder.dueDay)}${late > 0 ? ` (${plural(late, 'day')} ago)` : ''}: ${reminder.note}`,
      reminderId: reminder.id,
      note: reminder.note,
    }),
  };
}
