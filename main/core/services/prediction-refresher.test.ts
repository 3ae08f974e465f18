import { afterEach, beforeEach, expect, it } from 'vitest';
import { createRandom } from '../demo/prng.ts';
import { readModel } from '../repos/prediction-repo.ts';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';
import { needsRefit } from './prediction-refit.ts';
import { startPredictionRefresher, type PredictionRefresher } from './prediction-refresher.ts';

// The background refit: only when the shop is quiet, in slices that let the counter's calls run
// in between, and again when data changed while it worked.

let shop: ReminderShop;
let refresher: PredictionRefresher | undefined;
let wallClock = 0;
let someone = '';

beforeEach(() => {
  shop = makeReminderShop([2026, 6, 1]);
  const random = createRandom(5);
  shop.core.ctx.db.transaction(() => {
    for (let i = 0; i < 60; i++) {
      someone = shop.customer({ firstName: `C${i}` });
      for (let day = random.int(10); day < 120; day += 3 + random.int(12))
        shop.log(someone, at(2026, 2, 1 + day));
    }
  })();
  wallClock = 1_000_000;
});
afterEach(() => {
  refresher?.stop();
  shop.dispose();
});

it('waits for a quiet moment, then refits and says so', async () => {
  refresher = startPredictionRefresher(shop.core, { idleMs: 10_000, now: () => wallClock });
  expect(await refresher.tick()).toBeNull(); // just started: not idle yet
  wallClock += 10_000;
  shop.log(someone, at(2026, 6, 1, 9)); // activity: the quiet time starts again
  expect(await refresher.tick()).toBeNull();
  expect(readModel(shop.core.ctx.db)).toBeNull();
  wallClock += 10_000;
  const model = await refresher.tick();
  expect(model).toMatchObject({ status: 'fitted', customers: 60 });
  expect(readModel(shop.core.ctx.db)).toEqual(model);
  expect(shop.core.events).toContainEqual({ event: 'reminders:changed', payload: { customerIds: null } });
  expect(await refresher.tick()).toBeNull(); // up to date: nothing to do
});

it('lets the counter’s calls run between its slices, and refits again for what they changed', async () => {
  refresher = startPredictionRefresher(shop.core, { sliceMs: 0, now: () => wallClock });
  const order: string[] = [];
  shop.core.subscribe((event) => order.push(event));
  const refit = refresher.refreshIfNeeded();
  // Queued behind the refit's first slice, as an IPC or HTTP request would be.
  setImmediate(() => shop.log(someone, at(2026, 6, 1, 10)));
  await refit;
  expect(order.indexOf('interactions:changed')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('interactions:changed')).toBeLessThan(order.lastIndexOf('reminders:changed'));
  expect(needsRefit(shop.core.ctx)).toBe(true);
  await refresher.refreshIfNeeded();
  expect(needsRefit(shop.core.ctx)).toBe(false);
});

it('stops halfway without leaving a model behind when the host shuts down', async () => {
  refresher = startPredictionRefresher(shop.core, { sliceMs: 0, now: () => wallClock });
  const refit = refresher.refreshIfNeeded();
  refresher.stop();
  expect(await refit).toBeNull();
  expect(readModel(shop.core.ctx.db)).toBeNull();
});
