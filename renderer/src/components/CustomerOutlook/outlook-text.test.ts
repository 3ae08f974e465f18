import { describe, expect, it } from 'vitest';
import type { RhythmView } from '../../../../shared/domain/customer-outlook.ts';
import { predictionSentence, rhythmSentence, rhythmState } from './outlook-text.ts';

const rhythm = (fields: Partial<RhythmView>): RhythmView => ({
  visits: 5,
  firstVisitDate: '2026-01-01',
  lastVisitDate: '2026-03-01',
  daysSinceLastVisit: 35,
  intervalDays: 21,
  intervalSource: 'own',
  state: 'overdue',
  dueDate: '2026-03-22',
  overdueDate: '2026-04-02',
  ...fields,
});

describe('outlook in words', () => {
  it('says the rhythm the way the owner would', () => {
    expect(rhythmSentence(rhythm({}))).toBe('Usually every 21 days; last visit 35 days ago.');
    expect(
      rhythmSentence(rhythm({ visits: 1, intervalDays: 28, intervalSource: 'shop', daysSinceLastVisit: 1 })),
    ).toBe(
      "One visit so far; last visit yesterday. The shop's typical interval is 28 days (shop-wide, until they come back).",
    );
    expect(rhythmSentence(rhythm({ visits: 1, intervalDays: null, intervalSource: null }))).toBe(
      'One visit so far, 35 days ago.',
    );
    expect(rhythmSentence(rhythm({ visits: 0, daysSinceLastVisit: null }))).toBe('No visits yet.');
  });

  it('names the state against the rhythm', () => {
    expect(rhythmState(rhythm({}))).toEqual({ label: 'Overdue since 2026-04-02', color: 'red' });
    expect(rhythmState(rhythm({ state: 'not_yet' }))?.label).toBe('Next due 2026-03-22');
    expect(rhythmState(rhythm({ state: null }))).toBeNull();
  });

  it('puts the model’s numbers in a sentence', () => {
    expect(predictionSentence({ pAlive: 0.724, expectedVisits30d: 0.83, expectedVisits90d: 2.14 })).toBe(
      '72% likely still a regular · expected 0.8 visits in the next 30 days, 2.1 visits in the next 90',
    );
    expect(predictionSentence({ pAlive: 1, expectedVisits30d: 1.02, expectedVisits90d: 12.4 })).toBe(
      '100% likely still a regular · expected 1.0 visit in the next 30 days, 12.4 visits in the next 90',
    );
  });
});
