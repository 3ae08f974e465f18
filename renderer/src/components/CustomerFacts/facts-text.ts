import type { CustomerFacts } from '../../../../shared/domain/customer.ts';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "usually every 21 days"; null when there is no rhythm yet (fewer than two visits). */
export function rhythmText(usualIntervalDays: number | null): string | null {
  if (usualIntervalDays === null) return null;
  const days = Math.max(1, Math.round(usualIntervalDays));
  return days === 1 ? 'Usually every day' : `Usually every ${days} days`;
}

/** "35 days ago", counted in whole days from the last visit. */
export function sinceText(lastVisitAt: number, now: number): string {
  const days = Math.max(0, Math.floor((now - lastVisitAt) / DAY_MS));
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The label and text of each key fact, in reading order; "—" where there is nothing to say yet. */
export function factRows(facts: CustomerFacts, now: number): { label: string; value: string }[] {
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor));
  return [
    { label: 'First visit', value: facts.firstVisitAt === null ? '—' : formatDate(facts.firstVisitAt) },
    {
      label: 'Last visit',
      value:
        facts.lastVisitAt === null
          ? '—'
          : `${formatDate(facts.lastVisitAt)} (${sinceText(facts.lastVisitAt, now)})`,
    },
    { label: 'Visits', value: String(facts.visits) },
    { label: 'Total spend', value: money(facts.totalSpendMinor) },
    { label: 'Average spend', value: money(facts.averageSpendMinor) },
    { label: 'Rhythm', value: rhythmText(facts.usualIntervalDays) ?? 'Not enough visits yet' },
  ];
}
