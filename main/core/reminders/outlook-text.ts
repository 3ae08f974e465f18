import type { PredictionView, RhythmView } from '../../../shared/domain/customer-outlook.ts';
import type { ModelStatus } from '../../../shared/domain/reminders.ts';

// The model in words a shop owner reads at a glance, numbers included.

const visitsText = (n: number) => (n === 1 ? '1 visit' : `${n} visits`);
const agoText = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

function expected(value: number): string {
  if (value < 0.05) return 'almost no visits';
  const rounded = value < 10 ? value.toFixed(1) : value.toFixed(0);
  return `about ${rounded} ${rounded === '1.0' ? 'visit' : 'visits'}`;
}

function verdict(pAlive: number): string {
  if (pAlive >= 0.8) return 'very likely still a regular';
  if (pAlive >= 0.5) return 'probably still a regular';
  if (pAlive >= 0.2) return 'may be slipping away';
  return 'has probably stopped coming';
}

export function explainOutlook(
  rhythm: RhythmView,
  prediction: PredictionView | null,
  model: ModelStatus,
): string {
  if (rhythm.visits === 0) return 'No visits yet: the rhythm and the estimates start with the first visit.';
  const since = rhythm.daysSinceLastVisit ?? 0;
  const history = `${visitsText(rhythm.visits)}, the last one ${agoText(since)}`;
  if (model.state === 'too_little_history') {
    return (
      `${history}. There is not enough history yet to estimate who is still a regular ` +
      `(${model.repeatCustomers} of the ${model.minRepeatCustomers} customers with a repeat visit needed), ` +
      'so reminders follow each customer’s rhythm only.'
    );
  }
  if (!prediction) {
    return `${history}. The estimate of who is still a regular is worked out in the background and appears shortly.`;
  }
  const percent = Math.round(prediction.pAlive * 100);
  const outlook = `Expect ${expected(prediction.expectedVisits30d)} in the next 30 days and ${expected(prediction.expectedVisits90d)} in the next 90.`;
  if (rhythm.visits === 1) {
    return (
      `${history}. After a single visit the model counts everyone as still a customer (it only learns that ` +
      `someone left from a gap after a repeat visit), so the expected visits say more: ${outlook.charAt(0).toLowerCase()}${outlook.slice(1)}`
    );
  }
  return (
    `${history}. Judging by that and by how this shop’s customers come and go, ` +
    `there is a ${percent}% chance they still come: ${verdict(prediction.pAlive)}. ${outlook}`
  );
}
