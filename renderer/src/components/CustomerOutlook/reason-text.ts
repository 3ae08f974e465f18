import type { ModelStatus, ReminderReason } from '../../../../shared/domain/reminders.ts';
import type { PredictionView, RhythmView } from '../../../../shared/domain/customer-outlook.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { explanationMessages, interactionAfterMessages, reasonMessages } from './CustomerOutlook.messages.ts';

const DAY_MS = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Whole days from one YYYY-MM-DD to another (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * Why a reminder is open, in the reader's language, from the reason's numbers: the same sentence
 * the core puts in `text` in English. `today` is the day the reasons were worked out for.
 */
export function reasonText(
  reason: ReminderReason,
  today: string,
  language: Language = currentLanguage(),
): string {
  const m = pickLanguage(reasonMessages, language);
  switch (reason.kind) {
    case 'due':
    case 'overdue': {
      const interval = round1(reason.intervalDays);
      const usual = reason.intervalSource === 'own' ? m.usualOwn(interval) : m.usualShop(interval);
      if (reason.kind === 'due') return m.due(usual, reason.daysSinceLastVisit, reason.lastVisitDate);
      const gap = round1(reason.daysSinceLastVisit / reason.intervalDays);
      return m.overdue(usual, reason.daysSinceLastVisit, reason.lastVisitDate, gap);
    }
    case 'at_risk':
      return m.atRisk(
        Math.round(reason.pAlive * 100),
        reason.visits,
        reason.daysSinceLastVisit,
        reason.lastVisitDate,
      );
    case 'birthday':
      return m.birthday(reason.daysAhead, reason.dueDate, reason.leapDayMoved, reason.turns);
    case 'important_date':
      return m.importantDate(
        reason.label,
        reason.daysAhead,
        reason.dueDate,
        reason.leapDayMoved,
        reason.years,
      );
    case 'post_purchase': {
      const what = pickLanguage(interactionAfterMessages, language)[reason.interactionKind];
      const late = Math.max(0, daysBetween(reason.dueDate, today));
      return m.postPurchase(reason.afterDays, what, reason.interactionDate, late, reason.note);
    }
    case 'stay_in_touch':
      return m.stayInTouch(
        reason.everyDays,
        reason.source === 'tag' ? (reason.tag ?? '') : null,
        reason.daysSinceContact,
      );
    case 'one_off':
      return m.oneOff(reason.dueDate, Math.max(0, daysBetween(reason.dueDate, today)), reason.note);
  }
}

/** The model in plain words, or why there is none: the core's `explanation`, in the reader's language. */
export function explanationText(
  rhythm: RhythmView,
  prediction: PredictionView | null,
  model: ModelStatus,
  language: Language = currentLanguage(),
): string {
  const m = pickLanguage(explanationMessages, language);
  if (rhythm.visits === 0) return m.noVisits;
  const history = m.history(rhythm.visits, rhythm.daysSinceLastVisit ?? 0);
  if (model.state === 'too_little_history') {
    return m.tooLittleHistory(history, model.repeatCustomers, model.minRepeatCustomers);
  }
  if (!prediction) return m.inBackground(history);
  const { pAlive, expectedVisits30d: in30, expectedVisits90d: in90 } = prediction;
  if (rhythm.visits === 1) return m.singleVisit(history, in30, in90);
  return m.chance(history, Math.round(pAlive * 100), pAlive, m.expected(in30, in90));
}
