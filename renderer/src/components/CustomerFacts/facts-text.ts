import type { CustomerFacts } from '../../../../shared/domain/customer.ts';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { messages } from './CustomerFacts.messages.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "usually every 21 days"; null when there is no rhythm yet (fewer than two visits). */
export function rhythmText(
  usualIntervalDays: number | null,
  language: Language = currentLanguage(),
): string | null {
  if (usualIntervalDays === null) return null;
  const days = Math.max(1, Math.round(usualIntervalDays));
  return pickLanguage(messages, language).usuallyEvery(days);
}

/** "35 days ago", counted in whole days from the last visit. */
export function sinceText(lastVisitAt: number, now: number, language: Language = currentLanguage()): string {
  const m = pickLanguage(messages, language);
  const days = Math.max(0, Math.floor((now - lastVisitAt) / DAY_MS));
  return days === 0 ? m.today : days === 1 ? m.yesterday : m.daysAgo(days);
}

/** The label and text of each key fact, in reading order; "—" where there is nothing to say yet. */
export function factRows(
  facts: CustomerFacts,
  now: number,
  language: Language = currentLanguage(),
): { label: string; value: string }[] {
  const m = pickLanguage(messages, language);
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor));
  return [
    { label: m.firstVisit, value: facts.firstVisitAt === null ? '—' : formatDate(facts.firstVisitAt) },
    {
      label: m.lastVisit,
      value:
        facts.lastVisitAt === null
          ? '—'
          : m.lastVisitSince(formatDate(facts.lastVisitAt), sinceText(facts.lastVisitAt, now, language)),
    },
    { label: m.visits, value: String(facts.visits) },
    { label: m.totalSpend, value: money(facts.totalSpendMinor) },
    { label: m.averageSpend, value: money(facts.averageSpendMinor) },
    { label: m.rhythm, value: rhythmText(facts.usualIntervalDays, language) ?? m.notEnoughVisits },
  ];
}
