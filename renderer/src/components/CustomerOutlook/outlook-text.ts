import type { PredictionView, RhythmView } from '../../../../shared/domain/customer-outlook.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { messages } from './CustomerOutlook.messages.ts';

/** "Usually every 21 days; last visit 35 days ago" — or what stands in for it. */
export function rhythmSentence(rhythm: RhythmView, language: Language = currentLanguage()): string {
  const m = pickLanguage(messages, language);
  if (rhythm.visits === 0 || rhythm.daysSinceLastVisit === null) return m.noVisitsYet;
  if (rhythm.intervalDays === null) return m.oneVisitAgo(rhythm.daysSinceLastVisit);
  const every = Math.round(rhythm.intervalDays * 10) / 10;
  if (rhythm.intervalSource === 'shop') return m.oneVisitShopInterval(rhythm.daysSinceLastVisit, every);
  return m.usuallyEvery(every, rhythm.daysSinceLastVisit);
}

/** Where the customer stands against their rhythm. */
export function rhythmState(
  rhythm: RhythmView,
  language: Language = currentLanguage(),
): { label: string; color: string } | null {
  const m = pickLanguage(messages, language);
  switch (rhythm.state) {
    case 'due':
      return { label: m.dueBackSince(rhythm.dueDate ?? ''), color: 'blue' };
    case 'overdue':
      return { label: m.overdueSince(rhythm.overdueDate ?? ''), color: 'red' };
    case 'lapsed':
      return { label: m.lapsed, color: 'gray' };
    case 'not_yet':
      return { label: m.nextDue(rhythm.dueDate ?? ''), color: 'teal' };
    default:
      return null;
  }
}

/** "72% likely still a regular · about 0.8 visits in the next 30 days, 2.1 in the next 90". */
export function predictionSentence(
  prediction: PredictionView,
  language: Language = currentLanguage(),
): string {
  return pickLanguage(messages, language).prediction(
    Math.round(prediction.pAlive * 100),
    prediction.expectedVisits30d,
    prediction.expectedVisits90d,
  );
}
