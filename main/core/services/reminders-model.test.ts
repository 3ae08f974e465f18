import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRandom } from '../demo/prng.ts';
import { readModel } from '../repos/prediction-repo.ts';
import { historyOf, predictCustomer } from '../reminders/model-run.ts';
import { readRhythm } from '../repos/rhythm-repo.ts';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';
import { needsRefit, refitNow } from './prediction-refit.ts';

// The BG/NBD model inside the shop: too little history falls back to rhythms, a fit gives every
// customer P(alive) and expected visits, at-risk regulars appear on Today, and a past day can be
// rebuilt exactly from the interactions known then.

let shop: ReminderShop;
let lapsed: string;
beforeEach(() => {
  shop = makeReminderShop([2026, 6, 1]);
});
afterEach(() => shop.dispose());

/** `count` customers coming back every few days from January, some of whom stopped in March. */
function populate(count: number): void {
  // One transaction around it all: one disk sync instead of one per visit.
  shop.core.ctx.db.transaction(() => logHistories(count))();
}

function logHistories(count: number): void {
  const random = createRandom(42);
  for (let i = 0; i < count; i++) {
    const id = shop.customer({ firstName: `Regular ${i}` });
    const every = 4 + random.int(10);
    const stop = random.chance(0.3) ? at(2026, 3, 15) : at(2026, 5, 31);
    for (let when = at(2026, 1, 2 + random.int(20)); when < stop; when += every * 86_400_000)
      shop.log(id, when);
  }
  lapsed = shop.customer({ firstName: 'Lapsed' });
  for (let day = 0; day < 70; day += 7) shop.log(lapsed, at(2026, 2, 2 + day)); // weekly, 2 Feb to 6 April
}

describe('with too little history', () => {
  it('says so and falls back to rhythm rules only', () => {
    populate(10);
    const model = refitNow(shop.core.ctx);
    expect(model).toMatchObject({ status: 'too_little_history', params: null, repeatCustomers: 11 });
    const list = shop.call('reminders:today', {});
    expect(list.model).toMatchObject({
      state: 'too_little_history',
      repeatCustomers: 11,
      minRepeatCustomers: 30,
    });
    expect(list.counts.at_risk).toBe(0);
    const outlook = shop.call('reminders:customer', { customerId: lapsed });
    expect(outlook.prediction).toBeNull();
    expect(outlook.explanation).toContain('not enough history yet');
    expect(outlook.explanation).toContain('11 of the 30 customers with a repeat visit');
    expect(shop.call('predictions:list', {})).toMatchObject({ status: 'too_little_history', model: null });
  });
});

describe('with a fitted model', () => {
  beforeEach(() => {
    populate(40);
    refitNow(shop.core.ctx);
  });

  it('stores every customer’s P(alive) and expected visits, as the model computes them', () => {
    const model = readModel(shop.core.ctx.db);
    expect(model).toMatchObject({ status: 'fitted', unit: 'day', customers: 41, repeatCustomers: 41 });
    const params = model?.params;
    if (!params) throw new Error('no parameters');
    const rhythm = readRhythm(shop.core.ctx.db, lapsed)?.rhythm;
    const history = rhythm && historyOf(rhythm, Math.floor(at(2026, 6, 1) / 86_400_000 + 0.1));
    if (!history) throw new Error('no history');
    const outlook = shop.call('reminders:customer', { customerId: lapsed });
    const expected = predictCustomer(params, history);
    expect(outlook.prediction).toEqual({
      pAlive: expected.pAlive,
      expectedVisits30d: expected.expected30,
      expectedVisits90d: expected.expected90,
    });
    expect(outlook.explanation).toMatch(
      /^10 visits, the last one 56 days ago\. .* there is a \d+% chance they still come/,
    );
  });

  it('lists a regular who stopped coming as at risk, with the probability in words and numbers', () => {
    const outlook = shop.call('reminders:customer', { customerId: lapsed });
    const pAlive = outlook.prediction?.pAlive ?? 1;
    expect(pAlive).toBeLessThan(0.5);
    expect(pAlive).toBeGreaterThanOrEqual(0.05);
    const row = shop.call('reminders:today', { kind: 'at_risk' }).rows.find((r) => r.customerId === lapsed);
    expect(row?.reasons.find((reason) => reason.kind === 'at_risk')).toEqual({
      kind: 'at_risk',
      key: `at_risk:${Math.floor(Date.UTC(2026, 3, 6) / 86_400_000)}`,
      dueDate: '2026-06-01',
      pAlive,
      visits: 10,
      lastVisitDate: '2026-04-06',
      daysSinceLastVisit: 56,
      text: `At risk: ${Math.round(pAlive * 100)}% likely still a regular after 10 visits; last visit 56 days ago (2026-04-06).`,
    });
  });

  it('shows each customer the same reasons on Today and on its page', () => {
    shop.call('reminders:updateSettings', { atRiskBelow: 0.9 });
    const list = shop.call('reminders:today', { limit: 2000 });
    expect(list.total).toBeGreaterThan(5);
    const ids = shop.core.ctx.db.prepare('SELECT id FROM customers').pluck().all() as string[];
    for (const id of ids) {
      const row = list.rows.find((r) => r.customerId === id);
      expect(shop.call('reminders:customer', { customerId: id }).reasons, id).toEqual(row?.reasons ?? []);
    }
  });

  it('rebuilds today from the interactions alone exactly as the stored tables give it', () => {
    shop.call('reminders:updateSettings', { atRiskBelow: 0.9 });
    const stored = shop.call('reminders:today', { limit: 2000 });
    const rebuilt = shop.call('reminders:today', { limit: 2000, asOf: '2026-06-01' });
    expect(rebuilt.rows).toEqual(stored.rows);
    expect(rebuilt.counts).toEqual(stored.counts);
  });

  it('ignores every interaction after the as-of date, so a past day stays reproducible', () => {
    const before = shop.call('reminders:today', { limit: 2000, asOf: '2026-04-30' });
    const predicted = shop.call('predictions:list', { asOf: '2026-04-30' });
    shop.log(lapsed, at(2026, 5, 2));
    shop.log(lapsed, at(2026, 5, 20), 'purchase');
    expect(shop.call('reminders:today', { limit: 2000, asOf: '2026-04-30' })).toEqual(before);
    expect(shop.call('predictions:list', { asOf: '2026-04-30' })).toEqual(predicted);
    expect(shop.call('predictions:list', {}).customers.find((c) => c.id === lapsed)?.visits).toBe(12);
  });

  it('leaves customers in the trash out of the fit and their predictions', () => {
    shop.call('customers:delete', { ids: [lapsed] });
    expect(refitNow(shop.core.ctx)).toMatchObject({ customers: 40, repeatCustomers: 40 });
    expect(shop.core.ctx.db.prepare('SELECT count(*) FROM customer_predictions').pluck().get()).toBe(40);
  });

  it('knows when it is out of date: new data, a new day, or a changed threshold', () => {
    expect(needsRefit(shop.core.ctx)).toBe(false);
    shop.log(lapsed, at(2026, 6, 1, 9));
    expect(needsRefit(shop.core.ctx)).toBe(true);
    refitNow(shop.core.ctx);
    shop.setToday(2026, 6, 2);
    expect(needsRefit(shop.core.ctx)).toBe(true);
    refitNow(shop.core.ctx);
    shop.call('reminders:updateSettings', { minRepeatCustomers: 100 });
    expect(needsRefit(shop.core.ctx)).toBe(true);
    expect(refitNow(shop.core.ctx).status).toBe('too_little_history');
    expect(shop.core.ctx.db.prepare('SELECT count(*) FROM customer_predictions').pluck().get()).toBe(0);
  });
});
