import { localDayOf } from '../../shared/domain/calendar-day.ts';
import { computeRhythm } from '../core/repos/rhythm-repo.ts';
import { refitNow } from '../core/services/prediction-refit.ts';
import { listPredictions } from '../core/services/predictions.ts';
import { updateReminderSettings } from '../core/services/reminder-settings.ts';
import { listReminders } from '../core/services/reminders-today.ts';
import { attachTodayCache } from '../core/services/today-cache.ts';
import { measurePair, single, timeMs } from './measure.ts';
import { atShopTime, timeLooksAfterVisits } from './counter-day.ts';
import type { Loaded } from './operations.ts';
import { createRandom } from '../core/demo/prng.ts';
import { result, type OperationResult } from './report.ts';

// The reminders issue's operations: the background model fit, the Today list, and one customer's
// rhythm, each beside raw SQL doing the set-based part of the same work. Run on the generated
// shop's own "now", so customers are due, overdue and at risk as in a real shop.
export const REMINDER_TARGETS = { fit: 3000, today: 50, rhythm: 1 } as const;

/** The summary pass as plain SQL: distinct local visit days, first and last, per customer. */
const SUMMARY_SQL = `SELECT customer_id, count(DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime')),
  min(occurred_at), max(occurred_at) FROM interactions
  WHERE deleted_at IS NULL AND kind IN ('visit', 'purchase') GROUP BY customer_id`;

/** A shop that uses its reminders: a follow-up rule, a tag rule and one-off reminders. */
export function prepareReminders(loaded: Loaded, now: number): void {
  const ctx = atShopTime(loaded, now);
  updateReminderSettings(ctx, {
    postPurchaseRules: [{ kind: 'purchase', days: 3, note: 'ask how it went' }],
  });
  const tag = ctx.db.prepare<[], string>('SELECT name FROM tags ORDER BY id LIMIT 1').pluck().get();
  if (tag !== undefined) loaded.core.call('reminders:setTagRule', { tag, everyDays: 45 });
  const random = createRandom(77);
  ctx.db.transaction(() => {
    for (let i = 0; i < 200; i++) {
      const customerId = loaded.projectIds[random.int(loaded.projectIds.length)] ?? '';
      ctx.db
        .prepare(
          'INSERT INTO one_off_reminders (id, customer_id, due_day, note, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(`bench-${i}`, customerId, localDayOf(now) - random.int(10), 'call back', now - 86_400_000);
    }
  })();
}

/** The background refit at full size: stored rhythms → fit → every customer's predictions written. */
export function measureFit(loaded: Loaded, now: number): OperationResult[] {
  const ctx = atShopTime(loaded, now);
  let model = refitNow(ctx);
  const projectMs = timeMs(() => (model = refitNow(ctx)));
  const baselineMs = timeMs(() => ctx.db.prepare(SUMMARY_SQL).raw().all());
  const fitted = model.params
    ? `r=${model.params.r.toPrecision(3)} α=${model.params.alpha.toPrecision(3)} a=${model.params.a.toPrecision(3)} b=${model.params.b.toPrecision(3)}`
    : model.status;
  const stored = result(
    'model fit (background refit)',
    { project: single(projectMs), baseline: single(baselineMs) },
    REMINDER_TARGETS.fit,
    [
      `${model.customers} customers, ${model.repeatCustomers} came back; ${fitted}; grouping + optimiser ${model.fitMs.toFixed(0)} ms;`,
      'project: read stored rhythms, fit, write P(alive) and expected 30/90-day visits for every customer;',
      'baseline: the set-based SQL summary pass alone (distinct visit days, first, last per customer).',
    ],
  );
  let customers = 0;
  const asOfMs = timeMs(() => (customers = listPredictions(ctx, undefined).customers.length));
  const fromHistory = result(
    'model fit from the raw history (predict --as-of)',
    { project: single(asOfMs), baseline: single(baselineMs) },
    REMINDER_TARGETS.fit,
    [
      `${customers} customers: one pass over every interaction, the fit and every prediction, nothing stored.`,
    ],
  );
  return [stored, fromHistory];
}

/**
 * Today as the app serves it: ranked in memory, one customer worked out again per change. Each
 * run first logs a visit for a random customer (untimed), as the counter does all day, then
 * lists Today. The first list of the day, which works out every customer, goes in the notes.
 */
export function measureToday(loaded: Loaded, now: number, runs: number, seed: number): OperationResult {
  const ctx = atShopTime(loaded, now);
  const today = localDayOf(now);
  const detach = attachTodayCache(loaded.core);
  try {
    const raw = [
      ctx.db.prepare('SELECT customer_id FROM customer_rhythm WHERE stop_day > ? AND due_day <= ?'),
      ctx.db.prepare(
        `SELECT p.customer_id FROM customer_predictions p JOIN customer_rhythm r ON r.customer_id = p.customer_id
         WHERE p.p_alive < 0.5 AND p.p_alive >= 0.05 AND r.visit_days >= 4`,
      ),
    ];
    const baseline = () => {
      raw[0]?.all(today, today);
      raw[1]?.all();
    };
    let total = 0;
    // The cache starts empty: the first list works out every customer.
    const coldMs = timeMs(() => (total = listReminders(ctx, { limit: 200 }).total));
    const coldBaselineMs = timeMs(baseline);
    const looks = timeLooksAfterVisits(
      loaded,
      { now, runs, seed },
      () => listReminders(ctx, { limit: 200 }),
      baseline,
    );
    return result('Today reminders list', looks, REMINDER_TARGETS.today, [
      `${total} customers with a reason, the first 200 returned with names, consent and every reason in words;`,
      'a visit is logged before each run (untimed): the list works that customer out again;',
      'baseline: the due-window and at-risk lookups alone, as plain SQL. The first list of a day',
      `(every customer worked out afresh: a new day, new settings, a refit) took ${coldMs.toFixed(0)} ms,`,
      `its baseline ${coldBaselineMs.toFixed(0)} ms.`,
    ]);
  } finally {
    detach();
  }
}

export function measureRhythm(loaded: Loaded, runs: number, seed: number): OperationResult {
  const random = createRandom(seed);
  const picks = (count: number) => Array.from({ length: count }, () => random.int(loaded.projectIds.length));
  const db = loaded.core.ctx.db;
  const kinds = new Set(['visit', 'purchase']);
  const raw = db.prepare(
    `SELECT DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime') FROM interactions
     WHERE customer_id = ? AND deleted_at IS NULL AND kind IN ('visit', 'purchase') ORDER BY occurred_at DESC`,
  );
  const pair = measurePair({
    warmup: picks(Math.ceil(runs / 10)),
    inputs: picks(runs),
    project: (index) => computeRhythm(db, loaded.projectIds[index] ?? '', kinds),
    baseline: (index) => raw.all(loaded.projectIds[index] ?? ''),
  });
  return result('rhythm for one customer', pair, REMINDER_TARGETS.rhythm, [
    'project: visit days, last contact, median gap of the last 10 visit days (what a logged visit recomputes);',
    "baseline: the customer's distinct local visit days as plain SQL.",
  ]);
}
