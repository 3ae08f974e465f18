import { localDayOf, startOfLocalDay } from '../../shared/domain/calendar-day.ts';
import { customerSuggestions } from '../core/services/suggestions-customer.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  attachSuggestionCache,
  listSuggestions,
  refreshSuggestions,
} from '../core/services/suggestions-today.ts';
import { attachTodayCache } from '../core/services/today-cache.ts';
import { measurePair, timeMs } from './measure.ts';
import { atShopTime, timeLooksAfterVisits } from './counter-day.ts';
import type { Loaded } from './operations.ts';
import { createRandom } from '../core/demo/prng.ts';
import { result, type OperationResult } from './report.ts';

// The suggestions issue's operations: Today's follow-ups as the app serves them (judged once a
// day, then one customer re-judged per change) and one customer's suggestions asked directly,
// each beside raw SQL doing the set-based part of the same work.
export const SUGGESTION_TARGETS = { today: 100, customer: 5 } as const;

export async function measureTodaySuggestions(
  loaded: Loaded,
  now: number,
  runs: number,
  seed: number,
): Promise<OperationResult> {
  const ctx = atShopTime(loaded, now);
  const db = ctx.db;
  const today = localDayOf(now);
  const detachToday = attachTodayCache(loaded.core);
  const detach = attachSuggestionCache(loaded.core);
  try {
    const raw = [
      db.prepare('SELECT customer_id FROM customer_rhythm WHERE stop_day > ? AND due_day <= ?'),
      db.prepare(
        `SELECT DISTINCT customer_id FROM interactions WHERE occurred_at >= ? AND kind IN ('complaint', 'feedback')
         AND deleted_at IS NULL`,
      ),
      db.prepare(
        `SELECT DISTINCT customer_id FROM interactions WHERE occurred_at >= ? AND kind IN ('visit', 'purchase')
         AND deleted_at IS NULL`,
      ),
    ];
    const baseline = () => {
      raw[0]?.all(today, today);
      raw[1]?.all(startOfLocalDay(today - 60));
      raw[2]?.all(startOfLocalDay(today - 10));
    };
    // The first list of a day answers at once that it is being prepared; the rebuild runs in
    // slices, and the longest pause it puts on the event loop is what the counter could feel.
    let preparing = false;
    const firstMs = timeMs(() => (preparing = listSuggestions(ctx, { limit: 20 }).preparing));
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const buildStart = performance.now();
    delay.enable();
    await refreshSuggestions(ctx);
    delay.disable();
    const buildMs = performance.now() - buildStart;
    const longestPauseMs = delay.max / 1e6;
    const total = listSuggestions(ctx, { limit: 20 }).total;
    const coldBaselineMs = timeMs(baseline);
    const looks = timeLooksAfterVisits(
      loaded,
      { now, runs, seed },
      () => listSuggestions(ctx, { limit: 20 }),
      baseline,
    );
    return result("Today's follow-up suggestions", looks, SUGGESTION_TARGETS.today, [
      `${total} customers with a suggestion, the first 20 with channel, merge fields and drafted message;`,
      'a visit is logged before each run (untimed): that customer is judged again;',
      'baseline: the due-window, complaint and recent-visit lookups alone, as plain SQL.',
      `First list of a day: answered in ${firstMs.toFixed(1)} ms (preparing: ${String(preparing)}); every candidate`,
      `judged in the background in ${buildMs.toFixed(0)} ms (baseline lookups ${coldBaselineMs.toFixed(0)} ms), the event loop`,
      `never held longer than ${longestPauseMs.toFixed(1)} ms at a time.`,
    ]);
  } finally {
    detach();
    detachToday();
  }
}

export function measureCustomerSuggestions(
  loaded: Loaded,
  now: number,
  runs: number,
  seed: number,
): OperationResult {
  const ctx = atShopTime(loaded, now);
  const random = createRandom(seed);
  const picks = (count: number) => Array.from({ length: count }, () => random.int(loaded.projectIds.length));
  const from = startOfLocalDay(localDayOf(now) - 60);
  const raw = ctx.db.prepare(
    `SELECT id, occurred_at, kind, note, staff_id, csat, nps, ces FROM interactions
     WHERE customer_id = ? AND occurred_at >= ? AND deleted_at IS NULL ORDER BY occurred_at`,
  );
  const pair = measurePair({
    warmup: picks(Math.ceil(runs / 10)),
    inputs: picks(runs),
    project: (index) => customerSuggestions(ctx, loaded.projectIds[index] ?? ''),
    baseline: (index) => raw.all(loaded.projectIds[index] ?? '', from),
  });
  return result("one customer's suggestions", pair, SUGGESTION_TARGETS.customer, [
    'project: the reminders of one customer, every kind judged, loyalty replayed when they visited lately,',
    'channel, merge fields and drafted messages; baseline: their last 60 days of interactions as plain SQL.',
  ]);
}
