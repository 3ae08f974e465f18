import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import type { RepeatHistory } from '../prediction/bgnbd-likelihood.ts';
import { historyOf, MODEL_UNIT, predictCustomer, runModel } from '../reminders/model-run.ts';
import {
  deletePredictions,
  predictionIdsAfter,
  readModel,
  writeModel,
  writePredictions,
  type StoredModel,
  type StoredPrediction,
} from '../repos/prediction-repo.ts';
import { trashedIds } from '../repos/reminder-candidates-repo.ts';
import { readReminderSetting } from '../repos/reminder-settings-repo.ts';
import { rhythmChecksum } from '../repos/rhythm-repo.ts';

// The background refit: the BG/NBD model fitted to every live customer's stored rhythm, and each
// customer's P(alive) and expected visits written for Today and the customer page to read.
// A generator that yields between small pieces of work (a page of rows, an optimiser step, a
// batch of predictions in its own short transaction), so whoever drives it can let the counter's
// calls in between: it never holds the database or the event loop for long.

const READ_PAGE = 5000;
/** Predictions worked out between two pauses. */
const COMPUTE_BATCH = 1000;
/** Predictions written per transaction: each commit is a disk sync, so not too few. */
const WRITE_BATCH = 5000;

interface DbHistoryRow {
  customer_id: string;
  visit_days: number;
  first_day: number | null;
  last_day: number | null;
  interval_days: number | null;
}

/** Whether the stored model is out of date: data changed, a new day began, or its setting moved. */
export function needsRefit(ctx: CoreContext): boolean {
  const model = readModel(ctx.db);
  return (
    model === null ||
    model.rhythmChecksum !== rhythmChecksum(ctx.db) ||
    model.asOfDay !== localDayOf(ctx.now()) ||
    model.minRepeatCustomers !== readReminderSetting(ctx.db, 'minRepeatCustomers')
  );
}

export function* refitSteps(ctx: CoreContext): Generator<void, StoredModel> {
  const fittedAt = ctx.now();
  const asOfDay = localDayOf(fittedAt);
  const version = rhythmChecksum(ctx.db);
  const minRepeatCustomers = readReminderSetting(ctx.db, 'minRepeatCustomers');
  const ids: string[] = [];
  const histories: RepeatHistory[] = [];
  const intervals: number[] = [];
  const page = prepared<[string, number], DbHistoryRow>(
    ctx.db,
    `SELECT customer_id, visit_days, first_day, last_day, interval_days FROM customer_rhythm
     WHERE customer_id > ? AND visit_days > 0 ORDER BY customer_id LIMIT ?`,
  );
  // The trash is left out by id: joining customers would read 100k wide rows to find a few.
  const trashed = trashedIds(ctx.db);
  for (let after = ''; ;) {
    const rows = page.all(after, READ_PAGE);
    for (const row of rows) {
      if (trashed.has(row.customer_id)) continue;
      const rhythm = {
        visitDays: row.visit_days,
        firstDay: row.first_day,
        lastDay: row.last_day,
        intervalDays: row.interval_days,
      };
      const history = historyOf(rhythm, asOfDay);
      if (!history) continue;
      ids.push(row.customer_id);
      histories.push(history);
      if (row.interval_days !== null) intervals.push(row.interval_days);
    }
    if (rows.length < READ_PAGE) break;
    after = rows.at(-1)?.customer_id ?? after;
    yield;
  }
  const run = yield* runModel(histories, intervals, minRepeatCustomers);
  const { params } = run;
  if (params) {
    let pending: StoredPrediction[] = [];
    for (let start = 0; start < ids.length; start += COMPUTE_BATCH) {
      ids.slice(start, start + COMPUTE_BATCH).forEach((customerId, offset) => {
        const history = histories[start + offset];
        if (history) pending.push({ customerId, ...predictCustomer(params, history) });
      });
      if (pending.length >= WRITE_BATCH || start + COMPUTE_BATCH >= ids.length) {
        const batch = pending;
        ctx.db.transaction(() => writePredictions(ctx.db, batch))();
        pending = [];
      }
      yield;
    }
  }
  // Customers who no longer have a visit (or no model at all): their old numbers go.
  const keep = new Set(params ? ids : []);
  for (let after = ''; ;) {
    const page = predictionIdsAfter(ctx.db, after, READ_PAGE);
    const stale = page.filter((id) => !keep.has(id));
    if (stale.length > 0) ctx.db.transaction(() => deletePredictions(ctx.db, stale))();
    if (page.length < READ_PAGE) break;
    after = page.at(-1) ?? after;
    yield;
  }
  const model: StoredModel = {
    status: run.status,
    unit: MODEL_UNIT,
    params,
    logLikelihood: run.logLikelihood,
    customers: run.customers,
    repeatCustomers: run.repeatCustomers,
    minRepeatCustomers,
    typicalIntervalDays: run.typicalIntervalDays,
    asOfDay,
    rhythmChecksum: version,
    fittedAt,
    fitMs: run.fitMs,
  };
  ctx.db.transaction(() => writeModel(ctx.db, model))();
  ctx.emit('reminders:changed', { customerIds: null });
  return model;
}

/** The whole refit at once: for tests, the benchmark and one-shot tools. */
export function refitNow(ctx: CoreContext): StoredModel {
  const steps = refitSteps(ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
