import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getInsightsCharts } from './charts.ts';
import { listSetCustomers } from './customer-sets.ts';
import { yearEndShop, type TestShop } from './test-shop.ts';

let shop: TestShop;
beforeEach(() => {
  shop = yearEndShop();
});
afterEach(() => shop.core.dispose());

const period = { from: '2026-01-01', to: '2026-01-14' };

describe('weekly series (Monday to Sunday, clipped to the period)', () => {
  it('has visits, revenue, new and returning customers and satisfaction of each week', () => {
    const { weeks } = getInsightsCharts(shop.core.ctx, { period });
    expect(weeks).toEqual([
      // Bob (new, NPS 6, CSAT 2) and Cat (new, NPS 8).
      {
        from: '2026-01-01',
        to: '2026-01-04',
        visits: 2,
        revenueMinor: 5500,
        visitors: 2,
        newCustomers: 2,
        returningCustomers: 0,
        nps: -50,
        npsAnswers: 2,
        csat: 0,
        csatAnswers: 1,
      },
      // Ann twice (NPS 10, CSAT 5), Jay's call (CSAT 4); Ivy is in the trash.
      {
        from: '2026-01-05',
        to: '2026-01-11',
        visits: 2,
        revenueMinor: 3500,
        visitors: 1,
        newCustomers: 0,
        returningCustomers: 1,
        nps: 100,
        npsAnswers: 1,
        csat: 100,
        csatAnswers: 2,
      },
      // Cat comes back; a CES answer only: no NPS or CSAT this week (null, not 0).
      {
        from: '2026-01-12',
        to: '2026-01-14',
        visits: 1,
        revenueMinor: 1500,
        visitors: 1,
        newCustomers: 0,
        returningCustomers: 1,
        nps: null,
        npsAnswers: 0,
        csat: null,
        csatAnswers: 0,
      },
    ]);
  });

  it('counts a customer once per week however often they came', () => {
    shop.log('cat', '2026-01-13', { amountMinor: 100 });
    shop.log('cat', '2026-01-14', { amountMinor: 100 });
    const week = getInsightsCharts(shop.core.ctx, { period }).weeks[2];
    expect(week).toMatchObject({ visits: 3, visitors: 1, returningCustomers: 1 });
  });
});

describe('the cohort retention table', () => {
  it('has the twelve months of first visits up to the period, each with its months since', () => {
    const { cohorts } = getInsightsCharts(shop.core.ctx, { period });
    expect(cohorts.map((row) => row.month)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    const row = (month: string) => cohorts.find((r) => r.month === month);
    // Ann: first visit in June, back in January (7 months later).
    expect(row('2025-06')?.customers).toBe(1);
    expect(row('2025-06')?.retained.map((cell) => cell.customers)).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    // Fay (August, October) and Eve (September, November): back two months later.
    expect(row('2025-08')?.retained.map((cell) => cell.share)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(row('2025-09')?.retained.map((cell) => cell.customers)).toEqual([1, 0, 1, 0, 0]);
    // Bob and Cat in January, Cat twice: two customers.
    expect(row('2026-01')).toEqual({
      month: '2026-01',
      customers: 2,
      retained: [{ monthsSince: 0, customers: 2, share: 1 }],
    });
    // An empty cohort has shares of 0, not NaN.
    expect(row('2025-03')).toMatchObject({ customers: 0 });
    expect(row('2025-03')?.retained.every((cell) => cell.share === 0)).toBe(true);
  });

  it('opens the customers of a cell', () => {
    const list = (month: string, monthsSince: number) =>
      listSetCustomers(shop.core.ctx, {
        set: { kind: 'cohort', month, monthsSince },
        limit: 10,
        offset: 0,
      }).items.map((c) => c.firstName);
    expect(list('2025-06', 7)).toEqual(['Ann']);
    expect(list('2025-06', 6)).toEqual([]);
    expect(list('2026-01', 0)).toEqual(['Bob', 'Cat']);
  });
});
