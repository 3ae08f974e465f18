import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../shared/domain/insights.ts';
import { tableCounts } from '../test-support/temp-core.ts';
import { getInsightsFigures } from './figures.ts';
import { updateInsightsSettings } from './insights-settings.ts';
import { makeTestShop, yearEndShop, type TestShop } from './test-shop.ts';

let shop: TestShop;
afterEach(() => shop.core.dispose());

const period = { from: '2026-01-01', to: '2026-01-14' };

describe('a hand-made shop around a year boundary (see yearEndShop for who did what)', () => {
  beforeEach(() => {
    shop = yearEndShop();
  });

  it('compares 1–14 January with the 14 days before it, across the new year', () => {
    const figures = getInsightsFigures(shop.core.ctx, { period });
    expect(figures.period).toEqual(period);
    expect(figures.previousPeriod).toEqual({ from: '2025-12-18', to: '2025-12-31' });
    expect(figures.activeDays).toBe(90);
  });

  it('gives every figure of the period its known value', () => {
    const expected: PeriodFigures = {
      // Ann, Bob, Cat (in P), Dan (20 Dec), Eve (1 Nov); not Fay (10 Oct), Gus, Hal or Ivy.
      activeCustomers: 5,
      newCustomers: 2, // Bob, Cat
      returningCustomers: 1, // Ann
      visitors: 3,
      visits: 5, // Ann 2 (two purchases on the 5th are one visit), Bob 1, Cat 2
      repeatCustomers: 2, // Ann, Cat
      oneOffCustomers: 1, // Bob
      repeatRate: 2 / 3,
      lapsedCustomers: 2, // Fay, Gus
      activeAtStart: 3, // Dan, Eve, Fay
      churnedCustomers: 1, // Fay
      churnRate: 1 / 3,
      averageVisits: 5 / 3,
      averageSpendMinor: 10_500 / 3,
      revenueMinor: 10_500,
      regularsRevenueMinor: 6_500,
      oneOffRevenueMinor: 4_000,
      // Ann 10, Cat 8, Bob 6 (Ivy's 0 is in the trash).
      nps: { score: 0, answers: 3, promoters: 1, passives: 1, detractors: 1 },
      // Ann 5, Jay 4 (on a call), Bob 2.
      csat: { score: (2 / 3) * 100, answers: 3, satisfied: 2 },
      ces: { mean: 4, easyShare: 50, answers: 2, easy: 1 },
    };
    expect(getInsightsFigures(shop.core.ctx, { period }).current).toEqual(expected);
  });

  it('gives every figure of the previous period, with "no answers yet" rather than zeros', () => {
    const expected: PeriodFigures = {
      activeCustomers: 3, // Dan, Eve, Fay
      newCustomers: 1, // Dan
      returningCustomers: 0,
      visitors: 1,
      visits: 1,
      repeatCustomers: 0,
      oneOffCustomers: 1,
      repeatRate: 0,
      lapsedCustomers: 2, // Ann (June), Gus
      activeAtStart: 2, // Eve, Fay: a visit between 19 September and 17 December
      churnedCustomers: 0,
      churnRate: 0,
      averageVisits: 1,
      averageSpendMinor: 3_000,
      revenueMinor: 3_000,
      regularsRevenueMinor: 0,
      oneOffRevenueMinor: 3_000,
      nps: { score: null, answers: 0, promoters: 0, passives: 0, detractors: 0 },
      csat: { score: null, answers: 0, satisfied: 0 },
      ces: { mean: null, easyShare: null, answers: 0, easy: 0 },
    };
    expect(getInsightsFigures(shop.core.ctx, { period }).previous).toEqual(expected);
  });

  it('follows the active window setting', () => {
    updateInsightsSettings(shop.core.ctx, { activeDays: 30 });
    const { current, activeDays } = getInsightsFigures(shop.core.ctx, { period });
    expect(activeDays).toBe(30);
    // Since 16 December: Ann, Bob, Cat, Dan. Active when P began (since 2 December): Dan.
    expect(current).toMatchObject({
      activeCustomers: 4,
      lapsedCustomers: 3,
      activeAtStart: 1,
      churnedCustomers: 0,
    });
  });

  it('resolves presets against the core clock: last 30 days end today, 15 January', () => {
    const figures = getInsightsFigures(shop.core.ctx, { period: { preset: 'last30' } });
    expect(figures.period).toEqual({ from: '2025-12-17', to: '2026-01-15' });
    expect(figures.previousPeriod).toEqual({ from: '2025-11-17', to: '2025-12-16' });
    expect(figures.current.visitors).toBe(4); // Ann, Bob, Cat, Dan
    const year = getInsightsFigures(shop.core.ctx, { period: { preset: 'thisYear' } });
    expect(year.period).toEqual({ from: '2026-01-01', to: '2026-01-15' });
    expect(year.previousPeriod).toEqual({ from: '2025-12-17', to: '2025-12-31' });
  });

  it('counts a period longer than the active window: churn looks across the gap', () => {
    // 1 January 2025 onwards (more than 90 days): active at its start means a visit in Oct–Dec
    // 2024, which only Gus's May 2024 visit is not. Nobody was active then, so no churn rate.
    const figures = getInsightsFigures(shop.core.ctx, { period: { from: '2025-01-01', to: '2026-01-14' } });
    expect(figures.current).toMatchObject({
      activeAtStart: 0,
      churnedCustomers: 0,
      churnRate: null,
      visitors: 6,
    });
  });
});

describe('a period with nothing in it', () => {
  it('has zero counts, and rates and averages that say "nothing to divide by" (null), never NaN', () => {
    shop = makeTestShop('2026-01-15');
    shop.add('ann');
    shop.log('ann', '2026-01-10', { amountMinor: 500, nps: 9 });
    const { current, previous } = getInsightsFigures(shop.core.ctx, {
      period: { from: '1999-03-01', to: '1999-03-31' },
    });
    for (const figures of [current, previous]) {
      expect(figures).toMatchObject({
        visitors: 0,
        visits: 0,
        revenueMinor: 0,
        repeatRate: null,
        churnRate: null,
        averageVisits: null,
        averageSpendMinor: null,
        nps: { score: null, answers: 0 },
        csat: { score: null, answers: 0 },
        ces: { mean: null, easyShare: null, answers: 0 },
      });
    }
  });

  it('is the same for an empty shop on any preset', () => {
    shop = makeTestShop('2026-01-15');
    for (const preset of ['thisMonth', 'last30', 'last90', 'thisYear'] as const) {
      const { current } = getInsightsFigures(shop.core.ctx, { period: { preset } });
      expect(current.repeatRate).toBeNull();
      expect(current.activeCustomers).toBe(0);
      expect(current.lapsedCustomers).toBe(0);
    }
  });
});

describe('bad input', () => {
  beforeEach(() => {
    shop = makeTestShop('2026-01-15');
  });

  it.each([
    [{ from: '2026-01-14', to: '2026-01-01' }, 'period.to: must not end before it starts'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'period.from: is not a real date between 1970 and 2199'],
    [{ from: '2026-1-1', to: '2026-03-01' }, 'period.from: must be a date like 2026-01-31'],
    [{ preset: 'lastWeek' }, 'period'],
  ])('%j is refused with a specific message', (input, message) => {
    const result = shop.core.call('insights:figures', { period: input });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain(message);
  });

  it('refuses an active window out of range and keeps the one set', () => {
    updateInsightsSettings(shop.core.ctx, { activeDays: 60 });
    const before = tableCounts(shop.core);
    const result = shop.core.call('insights:updateSettings', { activeDays: 3 });
    expect(result).toMatchObject({ ok: false, error: { message: 'activeDays: must be at least 7 days' } });
    expect(tableCounts(shop.core)).toEqual(before);
    expect(shop.core.call('insights:settings', {})).toEqual({ ok: true, data: { activeDays: 60 } });
  });
});
