import type { CoreContext } from '../core/context.ts';
import { createRandom } from '../core/demo/prng.ts';
import { logInteraction } from '../core/services/interactions.ts';
import { summarize, timeMs, type Stats } from './measure.ts';
import type { Loaded } from './operations.ts';

// Today's lists as the counter meets them: on the generated shop's own "now", with a visit
// logged between two looks, so each look works one customer out again.

/** The core's context with its clock stopped at the shop's "now". */
export function atShopTime(loaded: Loaded, now: number): CoreContext {
  return { ...loaded.core.ctx, now: () => now };
}

/**
 * Runs `look` and `baseline` `runs` times each. Before each run a visit is logged (untimed) for a
 * customer picked by the seed, an hour before `now`, as the counter does all day.
 */
export function timeLooksAfterVisits(
  loaded: Loaded,
  options: { now: number; runs: number; seed: number },
  look: () => void,
  baseline: () => void,
): { project: Stats; baseline: Stats } {
  const ctx = atShopTime(loaded, options.now);
  const random = createRandom(options.seed);
  const project: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const customerId = loaded.projectIds[random.int(loaded.projectIds.length)] ?? '';
    logInteraction(ctx, { customerId, kind: 'visit', occurredAt: options.now - 3_600_000 });
    project.push(timeMs(look));
    base.push(timeMs(baseline));
  }
  return { project: summarize(project), baseline: summarize(base) };
}
