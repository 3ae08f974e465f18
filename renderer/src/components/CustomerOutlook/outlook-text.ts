import type { PredictionView, RhythmView } from '../../../../shared/domain/customer-outlook.ts';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const ago = (n: number) => (n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`);

/** "Usually every 21 days; last visit 35 days ago" — or what stands in for it. */
export function rhythmSentence(rhythm: RhythmView): string {
  if (rhythm.visits === 0 || rhythm.daysSinceLastVisit === null) return 'No visits yet.';
  const last = `last visit ${ago(rhythm.daysSinceLastVisit)}`;
  if (rhythm.intervalDays === null) return `One visit so far, ${ago(rhythm.daysSinceLastVisit)}.`;
  const every = days(Math.round(rhythm.intervalDays * 10) / 10);
  if (rhythm.intervalSource === 'shop') {
    return `One visit so far; ${last}. The shop's typical interval is ${every} (shop-wide, until they come back).`;
  }
  return `Usually every ${every}; ${last}.`;
}

/** Where the customer stands against their rhythm. */
export function rhythmState(rhythm: RhythmView): { label: string; color: string } | null {
  switch (rhythm.state) {
    case 'due':
      return { label: `Due back since ${rhythm.dueDate ?? ''}`, color: 'blue' };
    case 'overdue':
      return { label: `Overdue since ${rhythm.overdueDate ?? ''}`, color: 'red' };
    case 'lapsed':
      return { label: 'Lapsed: well past their rhythm', color: 'gray' };
    case 'not_yet':
      return { label: `Next due ${rhythm.dueDate ?? ''}`, color: 'teal' };
    default:
      return null;
  }
}

const visits = (n: number) => `${n.toFixed(1)} ${n.toFixed(1) === '1.0' ? 'visit' : 'visits'}`;

/** "72% likely still a regular · about 0.8 visits in the next 30 days, 2.1 in the next 90". */
export function predictionSentence(prediction: PredictionView): string {
  return (
    `${Math.round(prediction.pAlive * 100)}% likely still a regular · expected ${visits(prediction.expectedVisits30d)} ` +
    `in the next 30 days, ${visits(prediction.expectedVisits90d)} in the next 90`
  );
}
