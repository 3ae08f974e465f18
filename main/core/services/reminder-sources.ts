import { startOfLocalDay } from '../../../shared/domain/calendar-day.ts';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import type { RepeatHistory } from '../prediction/bgnbd-likelihood.ts';
import {
  historyOf,
  predictCustomer,
  runModel,
  type CustomerPrediction,
  type ModelRun,
} from '../reminders/model-run.ts';
import { typicalInterval, type RhythmThresholds } from '../reminders/rhythm.ts';
import {
  atRiskCandidates,
  lastContactDays,
  rhythmCandidates,
  type AtRiskCandidate,
  type RhythmCandidate,
} from '../repos/reminder-candidates-repo.ts';
import { scanRhythms, type RhythmRow } from '../repos/rhythm-repo.ts';

// Where rhythms and predictions come from: the stored tables (kept current, read through
// indexes: Today in milliseconds), or a world rebuilt from the interactions up to a past day
// (`--as-of`: every later interaction ignored, the model refitted on what was known then).

export interface RhythmSource {
  /** A superset of the customers due or overdue on `today` (reasonsFromFacts decides). */
  rhythm(today: number, thresholds: RhythmThresholds, typical: number | null): RhythmCandidate[];
  /** A superset of the customers at risk. */
  atRisk(limits: { below: number; lost: number; minVisits: number }): AtRiskCandidate[];
  lastContact(ids: readonly string[]): Map<string, number>;
}

export function storedSource(db: Db, fitted: boolean): RhythmSource {
  return {
    rhythm: (today, thresholds, typical) => rhythmCandidates(db, today, thresholds, typical),
    atRisk: (limits) => (fitted ? atRiskCandidates(db, limits) : []),
    lastContact: (ids) => lastContactDays(db, ids),
  };
}

/** The shop's typical interval from the stored rhythms of live customers (before any refit). */
export function storedTypicalInterval(db: Db): number | null {
  const intervals = prepared<[], number>(
    db,
    `SELECT r.interval_days FROM customer_rhythm r JOIN customers c ON c.id = r.customer_id
     WHERE r.interval_days IS NOT NULL AND c.deleted_at IS NULL`,
  )
    .pluck()
    .all();
  return typicalInterval(intervals);
}

export interface AsOfWorld {
  day: number;
  endMs: number;
  /** Live customers with an interaction before the end of the day. */
  rows: RhythmRow[];
  histories: Map<string, RepeatHistory>;
  run: ModelRun;
  predictions: Map<string, CustomerPrediction>;
}

/** Rhythms, model and predictions as they were at the end of `day`. */
export function computeAsOf(db: Db, day: number, settings: ReminderSettings): AsOfWorld {
  const endMs = startOfLocalDay(day + 1);
  const live = new Set(
    prepared<[], string>(db, 'SELECT id FROM customers WHERE deleted_at IS NULL').pluck().all(),
  );
  const rows = [...scanRhythms(db, settings.visitKinds, endMs)].filter((row) => live.has(row.customerId));
  const histories = new Map<string, RepeatHistory>();
  const intervals: number[] = [];
  for (const row of rows) {
    const history = historyOf(row.rhythm, day);
    if (history) histories.set(row.customerId, history);
    if (row.rhythm.intervalDays !== null) intervals.push(row.rhythm.intervalDays);
  }
  const steps = runModel([...histories.values()], intervals, settings.minRepeatCustomers);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const run = step.value;
  const predictions = new Map<string, CustomerPrediction>();
  if (run.params) {
    for (const [customerId, history] of histories)
      predictions.set(customerId, predictCustomer(run.params, history));
  }
  return { day, endMs, rows, histories, run, predictions };
}

/** Every customer of an as-of world is a candidate: the judge filters them all. */
export function memorySource(world: AsOfWorld): RhythmSource {
  return {
    rhythm: (_today, _thresholds, typical) =>
      world.rows.flatMap(({ customerId, rhythm }): RhythmCandidate[] => {
        if (rhythm.lastDay === null) return [];
        const interval = rhythm.intervalDays ?? (rhythm.visitDays === 1 ? typical : null);
        if (interval === null) return [];
        const source = rhythm.intervalDays === null ? 'shop' : 'own';
        return [
          { customerId, lastDay: rhythm.lastDay, intervalDays: interval, source, visits: rhythm.visitDays },
        ];
      }),
    atRisk: () =>
      world.rows.flatMap(({ customerId, rhythm }): AtRiskCandidate[] => {
        const prediction = world.predictions.get(customerId);
        if (!prediction || rhythm.lastDay === null) return [];
        return [
          {
            customerId,
            pAlive: prediction.pAlive,
            visits: rhythm.visitDays,
            lastDay: rhythm.lastDay,
            intervalDays: rhythm.intervalDays,
          },
        ];
      }),
    lastContact: (ids) => {
      const wanted = new Set(ids);
      return new Map(
        world.rows
          .filter((row) => wanted.has(row.customerId))
          .map((row) => [row.customerId, row.lastContactDay]),
      );
    },
  };
}
