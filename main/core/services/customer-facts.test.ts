import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { customerFacts, usualIntervalDays, VISIT_DAYS_SQL } from './customer-facts.ts';
import { createCustomer } from './customers.ts';
import { deleteInteraction, logInteraction } from './interactions.ts';

// Hand-made histories with known answers. The file runs in Paris time, so "local day" is not UTC
// and daylight saving happens (31 March 2024 has 23 hours, 27 October 2024 has 25).

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

let core: TempCore;
let customerId: string;
beforeEach(() => {
  core = makeTempCore({ now: () => Date.UTC(2026, 10, 22, 12) });
  customerId = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
});
afterEach(() => core.dispose());

/** Local wall-clock time, month counted from 1 as people write it. */
const at = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

function log(occurredAt: number, kind: InteractionKind = 'visit', amountMinor: number | null = null) {
  return logInteraction(core.ctx, { customerId, kind, occurredAt, amountMinor });
}

const facts = () => customerFacts(core.ctx, customerId);

describe('customerFacts', () => {
  it('has nothing to say before the first visit', () => {
    log(at(2024, 5, 1), 'call');
    log(at(2024, 5, 2), 'note');
    expect(facts()).toEqual({
      firstVisitAt: null,
      lastVisitAt: null,
      visits: 0,
      totalSpendMinor: 0,
      averageSpendMinor: null,
      usualIntervalDays: null,
    });
  });

  it('counts a single visit, with no usual interval yet', () => {
    log(at(2024, 5, 1, 9, 30), 'visit', 1250);
    expect(facts()).toEqual({
      firstVisitAt: at(2024, 5, 1, 9, 30),
      lastVisitAt: at(2024, 5, 1, 9, 30),
      visits: 1,
      totalSpendMinor: 1250,
      averageSpendMinor: 1250,
      usualIntervalDays: null,
    });
  });

  it('counts two purchases on one morning as one visit', () => {
    log(at(2024, 5, 1, 8, 5), 'purchase', 350);
    log(at(2024, 5, 1, 11, 40), 'purchase', 420);
    expect(facts()).toMatchObject({ visits: 1, totalSpendMinor: 770, averageSpendMinor: 770 });
    expect(facts().usualIntervalDays).toBeNull();
  });

  it('puts 23:59 and 00:01 the next day one day apart', () => {
    log(at(2024, 5, 1, 23, 59));
    log(at(2024, 5, 2, 0, 1));
    expect(facts()).toMatchObject({ visits: 2, usualIntervalDays: 1 });
  });

  it('counts 29 February in a leap year', () => {
    log(at(2024, 2, 27));
    log(at(2024, 3, 1));
    expect(facts().usualIntervalDays).toBe(3);
  });

  it('counts calendar days across daylight saving, not 24-hour periods', () => {
    log(at(2024, 3, 30, 23, 30));
    log(at(2024, 3, 31, 23, 30)); // 23 hours later, the next calendar day
    log(at(2024, 10, 26, 0, 30));
    log(at(2024, 10, 27, 23, 30)); // 48 hours later (25-hour day), one calendar day in between
    expect(facts()).toMatchObject({ visits: 4 });
    // Gaps 1, 209 and 1: the median is 1.
    expect(facts().usualIntervalDays).toBe(1);
    log(at(2024, 10, 28, 0, 10));
    // Gaps 1, 209, 1, 1.
    expect(facts().usualIntervalDays).toBe(1);
  });

  it('takes the median of an odd number of gaps', () => {
    for (const day of [1, 4, 14, 19]) log(at(2024, 1, day)); // gaps 3, 10, 5
    expect(facts().usualIntervalDays).toBe(5);
  });

  it('takes the mean of the middle two of an even number of gaps', () => {
    const logged = [1, 3, 7, 13, 33].map((day) => log(at(2024, 1, day))); // gaps 2, 4, 6, 20
    expect(facts().usualIntervalDays).toBe(5);
    deleteInteraction(core.ctx, logged.at(-1)?.id ?? '');
    expect(facts().usualIntervalDays).toBe(4); // gaps 2, 4, 6
  });

  it('reads only the last 10 visit days: the recent rhythm, not the old one', () => {
    let day = at(2020, 1, 6);
    for (let i = 0; i < 12; i++, day += 30 * 86_400_000) log(day); // 12 days, 30 days apart
    for (let i = 0; i < 10; i++, day += 7 * 86_400_000) log(day); // then 10 days, a week apart
    // All 21 gaps would give 30; the last 10 days have 9 gaps of 7 days.
    expect(facts()).toMatchObject({ visits: 22, usualIntervalDays: 7 });
  });

  it('rounds the average spend, leaves calls out and takes refunds and deletions off', () => {
    log(at(2024, 6, 1), 'visit', 1000);
    log(at(2024, 6, 2), 'purchase', 501);
    log(at(2024, 6, 2), 'call', 99_999);
    log(at(2024, 6, 3), 'purchase', -500);
    const deleted = log(at(2024, 6, 9), 'visit', 7000);
    deleteInteraction(core.ctx, deleted.id);
    expect(facts()).toEqual({
      firstVisitAt: at(2024, 6, 1),
      lastVisitAt: at(2024, 6, 3),
      visits: 3,
      totalSpendMinor: 1001,
      averageSpendMinor: 334, // 1001 / 3 = 333.67
      usualIntervalDays: 1,
    });
  });

  it('is what customers:get returns, and not_found for an unknown customer', () => {
    log(at(2024, 6, 1), 'visit', 1000);
    log(at(2024, 6, 8), 'visit', 2001);
    const got = core.call('customers:get', { id: customerId });
    expect(got).toMatchObject({
      ok: true,
      data: { facts: { visits: 2, totalSpendMinor: 3001, averageSpendMinor: 1501, usualIntervalDays: 7 } },
    });
    expect(() => customerFacts(core.ctx, 'nobody')).toThrow('No customer with id nobody.');
  });

  it('reads the visit days along interactions_by_customer', () => {
    const plan = core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${VISIT_DAYS_SQL}`).all(customerId) as {
      detail: string;
    }[];
    // In index order, with no sort: that is what lets the reading stop after the latest days.
    expect(plan.map((row) => row.detail)).toEqual([
      'SEARCH interactions USING INDEX interactions_by_customer (customer_id=?)',
    ]);
  });
});

describe('usualIntervalDays', () => {
  it.each([
    [[], null],
    [[19_000], null],
    [[19_000, 19_000], null],
    [[19_010, 19_000], 10],
    [[19_000, 19_001, 19_003], 1.5],
    [[19_000, 19_003, 19_013, 19_018], 5],
  ])('of days %j is %s', (days, expected) => {
    expect(usualIntervalDays(days)).toBe(expected);
  });
});
