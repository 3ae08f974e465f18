import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/domain/calendar-day.ts';
import type { CustomerSetInput } from '../../../shared/domain/customer-set.ts';
import type { SegmentCondition } from '../../../shared/domain/segment.ts';
import { describeCondition } from '../../../shared/domain/segment.ts';
import { setLoyaltyProgram } from '../loyalty/program-service.ts';
import { CAFE_PROGRAM } from '../loyalty/test-program.ts';
import { rhythmState } from '../reminders/rhythm.ts';
import { writeModel, writePredictions } from '../repos/prediction-repo.ts';
import { readRhythm } from '../repos/rhythm-repo.ts';
import { createCustomer } from '../services/customers.ts';
import { logInteraction } from '../services/interactions.ts';
import { refitNow } from '../services/prediction-refit.ts';
import { updateReminderSettings } from '../services/reminder-settings.ts';
import { deleteCustomers } from '../services/trash.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { listSetCustomers } from './customer-sets.ts';
import { countSegment, createSegment, filterSeqsSql, listSegments } from './segments.ts';
import { at } from './test-shop.ts';
import { getTierDistribution } from './tier-distribution.ts';

// A hand-made shop. Today is 15 January 2026; the program (Silver from 100 points, Gold from 500,
// 1 point per 1.00) took effect on 1 October 2025, before every visit below. Rhythm thresholds are
// the defaults: overdue at 1.5 × the usual interval, lapsed at 3 ×.
const TIERS = {
  ...CAFE_PROGRAM,
  tiers: {
    ...CAFE_PROGRAM.tiers,
    levels: [
      { name: 'Silver', threshold: 100 },
      { name: 'Gold', threshold: 500 },
    ],
  },
};

let core: TempCore;
let clock = at('2025-10-01');
const ids: Record<string, string> = {};

function add(name: string, visits: [day: string, amount: number][]) {
  ids[name] = createCustomer(core.ctx, { firstName: name }).id;
  for (const [day, amount] of visits) {
    logInteraction(core.ctx, {
      customerId: ids[name] ?? '',
      kind: 'visit',
      occurredAt: at(day),
      amountMinor: amount,
    });
  }
}

function namesOf(set: CustomerSetInput): string[] {
  return listSetCustomers(core.ctx, { set, limit: 100, offset: 0 })
    .items.map((customer) => customer.firstName)
    .sort();
}
const matching = (...conditions: SegmentCondition[]) =>
  namesOf({ kind: 'filter', filter: { match: 'all', conditions } });
const count = (...conditions: SegmentCondition[]) =>
  countSegment(core.ctx, { filter: { match: 'all', conditions } }).count;
// How SQLite runs a filter: at full scale, reading a table row per candidate is what costs.
function planOf(...conditions: SegmentCondition[]): string {
  const { sql, params } = filterSeqsSql(core.ctx, { match: 'all', conditions });
  return (core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((row) => row.detail)
    .join(' ');
}

beforeEach(() => {
  clock = at('2025-10-01');
  core = makeTempCore({ now: () => (clock += 1) });
  setLoyaltyProgram(core.ctx, { program: TIERS });
  clock = at('2026-01-15');
  // Ann: 600 points, Gold; every 20 days, last 5 January: due 25 January, not yet.
  add('Ann', [
    ['2025-12-16', 300_00],
    ['2026-01-05', 300_00],
  ]);
  // Bob: 150 points, Silver; every 20 days, last 21 December: due since 10 January, overdue 20th.
  add('Bob', [
    ['2025-12-01', 75_00],
    ['2025-12-21', 75_00],
  ]);
  // Eve: 120 points, Silver; every 10 days, last 11 November: lapsed since 11 December.
  add('Eve', [
    ['2025-11-01', 60_00],
    ['2025-11-11', 60_00],
  ]);
  // Fay: 20 points, no tier; every 10 days, last 30 December: overdue since 14 January.
  add('Fay', [
    ['2025-12-20', 10_00],
    ['2025-12-30', 10_00],
  ]);
  // Cat: 20 points, no tier; a single visit day.
  add('Cat', [['2026-01-10', 20_00]]);
  // Dan: only a note: no visit, no tier, no rhythm state.
  add('Dan', []);
  logInteraction(core.ctx, {
    customerId: ids.Dan ?? '',
    kind: 'note',
    note: 'asked',
    occurredAt: at('2026-01-02'),
  });
  // Zed: Gold and due, but in the trash: in no list and no count.
  add('Zed', [
    ['2025-12-01', 400_00],
    ['2025-12-21', 400_00],
  ]);
  deleteCustomers(core.ctx, { ids: [ids.Zed ?? ''] });
});
afterEach(() => core.dispose());

describe('loyalty tiers', () => {
  it('counts live customers per tier of the program in force, the rest as "no tier"', () => {
    expect(getTierDistribution(core.ctx)).toEqual({
      status: 'tiers',
      programVersion: 1,
      measure: 'points',
      tiers: [
        { rank: 0, name: 'Silver', threshold: 100, customers: 2 },
        { rank: 1, name: 'Gold', threshold: 500, customers: 1 },
      ],
      noTier: 3,
      customers: 6,
    });
  });

  it('opens each number on its customers, the same ones the tier condition finds', () => {
    expect(namesOf({ kind: 'tier', tier: 'Silver' })).toEqual(['Bob', 'Eve']);
    expect(namesOf({ kind: 'tier', tier: 'gold' })).toEqual(['Ann']);
    expect(namesOf({ kind: 'tier', tier: null })).toEqual(['Cat', 'Dan', 'Fay']);
    expect(matching({ kind: 'tier', op: 'is', tier: 'Silver' })).toEqual(['Bob', 'Eve']);
    expect(matching({ kind: 'tier', op: 'isNot', tier: 'Silver' })).toEqual(['Ann', 'Cat', 'Dan', 'Fay']);
    expect(matching({ kind: 'tier', op: 'atLeast', tier: 'Silver' })).toEqual(['Ann', 'Bob', 'Eve']);
    expect(matching({ kind: 'tier', op: 'atLeast', tier: 'Gold' })).toEqual(['Ann']);
    expect(matching({ kind: 'tier', op: 'isNot', tier: null })).toEqual(['Ann', 'Bob', 'Eve']);
    expect(count({ kind: 'tier', op: 'is', tier: null })).toBe(3);
  });

  it('finds a tier’s accounts from the tier index, never by reading every account', () => {
    for (const op of ['is', 'isNot', 'atLeast'] as const) {
      expect(planOf({ kind: 'tier', op, tier: 'Silver' }), op).toMatch(
        /SEARCH loyalty_accounts USING COVERING INDEX loyalty_accounts_by_tier/,
      );
    }
  });

  it('refuses a tier the program does not have, naming the tiers it has', () => {
    expect(() => count({ kind: 'tier', op: 'is', tier: 'Platinum' })).toThrow(
      'filter.conditions.0.tier: no tier called “Platinum” (the tiers: Silver, Gold)',
    );
    expect(() => namesOf({ kind: 'tier', tier: 'Platinum' })).toThrow(/no tier called/);
  });

  it('says there is no program instead of counting zeros, and refuses tier conditions', () => {
    const bare = makeTempCore();
    try {
      createCustomer(bare.ctx, { firstName: 'Solo' });
      expect(getTierDistribution(bare.ctx)).toEqual({ status: 'noProgram' });
      expect(() =>
        countSegment(bare.ctx, {
          filter: { match: 'all', conditions: [{ kind: 'tier', op: 'is', tier: null }] },
        }),
      ).toThrow('filter.conditions.0.tier: the shop has no loyalty program, so nobody has a tier');
      setLoyaltyProgram(bare.ctx, { program: { ...TIERS, tiers: { ...TIERS.tiers, levels: [] } } });
      expect(getTierDistribution(bare.ctx)).toEqual({ status: 'noTiers', programVersion: 1 });
    } finally {
      bare.dispose();
    }
  });
});

describe('rhythm status', () => {
  it('puts each customer in the state Today would (rhythmState), one visit day apart', () => {
    expect(matching({ kind: 'rhythm', status: 'notYet' })).toEqual(['Ann']);
    expect(matching({ kind: 'rhythm', status: 'due' })).toEqual(['Bob']);
    expect(matching({ kind: 'rhythm', status: 'overdue' })).toEqual(['Fay']);
    expect(matching({ kind: 'rhythm', status: 'lapsed' })).toEqual(['Eve']);
    expect(matching({ kind: 'rhythm', status: 'singleVisit' })).toEqual(['Cat']);
  });

  it('agrees with rhythmState for every customer (the reminders define the states)', () => {
    const today = isoToDay('2026-01-15') ?? 0;
    const thresholds = { overdueFactor: 1.5, stopAfterFactor: 3 };
    const sql = {
      not_yet: matching({ kind: 'rhythm', status: 'notYet' }),
      due: matching({ kind: 'rhythm', status: 'due' }),
      overdue: matching({ kind: 'rhythm', status: 'overdue' }),
      lapsed: matching({ kind: 'rhythm', status: 'lapsed' }),
    };
    for (const name of ['Ann', 'Bob', 'Eve', 'Fay']) {
      const { rhythm } = readRhythm(core.ctx.db, ids[name] ?? '') ?? { rhythm: null };
      const state = rhythmState(today, rhythm?.lastDay ?? 0, rhythm?.intervalDays ?? 1, thresholds);
      expect(sql[state], `${name} is ${state}`).toContain(name);
    }
  });

  it('reads every state with a window from the index alone, never a customer_rhythm row', () => {
    for (const status of ['notYet', 'due', 'overdue', 'lapsed'] as const) {
      expect(planOf({ kind: 'rhythm', status }), status).toMatch(
        /SEARCH customer_rhythm USING COVERING INDEX customer_rhythm_window/,
      );
    }
  });

  it('follows a change of the overdue and lapse factors', () => {
    // Overdue at 2 × and lapsed at 5 ×: Fay (10 days, 16 since) is only due, Eve (65 since) still lapsed.
    updateReminderSettings(core.ctx, { overdueFactor: 2, stopAfterFactor: 5 });
    expect(matching({ kind: 'rhythm', status: 'due' })).toEqual(['Bob', 'Fay']);
    expect(matching({ kind: 'rhythm', status: 'lapsed' })).toEqual(['Eve']);
  });
});

describe('P(alive)', () => {
  const fitted = {
    status: 'fitted' as const,
    unit: 'day' as const,
    params: { r: 1, alpha: 10, a: 1, b: 2 },
    logLikelihood: -100,
    customers: 6,
    repeatCustomers: 4,
    minRepeatCustomers: 1,
    typicalIntervalDays: 15,
    asOfDay: isoToDay('2026-01-15') ?? 0,
    rhythmChecksum: 0,
    fittedAt: at('2026-01-15'),
    fitMs: 1,
  };
  const stored = (name: string, pAlive: number) => ({
    customerId: ids[name] ?? '',
    pAlive,
    expected30: 1,
    expected90: 2,
  });

  it('compares the stored P(alive) of each customer with the threshold, strictly', () => {
    writeModel(core.ctx.db, fitted);
    writePredictions(core.ctx.db, [
      stored('Ann', 0.9),
      stored('Bob', 0.45),
      stored('Eve', 0.05),
      stored('Fay', 0.3),
      stored('Cat', 0.7),
      stored('Zed', 0.2),
    ]);
    expect(matching({ kind: 'pAlive', op: 'below', percent: 50 })).toEqual(['Bob', 'Eve', 'Fay']);
    expect(matching({ kind: 'pAlive', op: 'above', percent: 50 })).toEqual(['Ann', 'Cat']);
    expect(matching({ kind: 'pAlive', op: 'below', percent: 30 })).toEqual(['Eve']);
    expect(count({ kind: 'pAlive', op: 'above', percent: 90 })).toBe(0);
    // Dan has no prediction (no visits): neither above nor below.
    expect(count({ kind: 'pAlive', op: 'below', percent: 99 })).toBe(5);
  });

  it('fails with the reason when there is no fitted model, and saves nothing', () => {
    const condition = { kind: 'pAlive', op: 'below', percent: 40 } as const;
    expect(() => count(condition)).toThrow(
      'filter.conditions.0.percent: P(alive) needs the visit model, which is not fitted yet; it is fitted in the background once the shop has visits',
    );
    writeModel(core.ctx.db, {
      ...fitted,
      status: 'too_little_history',
      params: null,
      minRepeatCustomers: 30,
    });
    expect(() => count(condition)).toThrow('not fitted yet: 4 customers came back, 30 are needed');
    const before = tableCounts(core);
    expect(() =>
      createSegment(core.ctx, { name: 'Drifting', filter: { match: 'all', conditions: [condition] } }),
    ).toThrow(/not fitted yet/);
    expect(tableCounts(core)).toEqual(before);
    expect(listSegments(core.ctx)).toEqual([]);
  });

  it('works on the model the refit fits', () => {
    updateReminderSettings(core.ctx, { minRepeatCustomers: 1 });
    expect(refitNow(core.ctx).status).toBe('fitted');
    const below = count({ kind: 'pAlive', op: 'below', percent: 50 });
    const above = count({ kind: 'pAlive', op: 'above', percent: 50 });
    // Every live customer with a visit has a prediction (Dan has none); 50% exactly is in neither.
    expect(below + above).toBeLessThanOrEqual(5);
    expect(below + above).toBeGreaterThanOrEqual(4);
  });
});

describe('the rules in words', () => {
  it('reads each new condition as a sentence', () => {
    const say = (condition: SegmentCondition) => describeCondition(condition, () => '');
    expect(say({ kind: 'tier', op: 'is', tier: 'Gold' })).toBe('loyalty tier is “Gold”');
    expect(say({ kind: 'tier', op: 'isNot', tier: 'Gold' })).toBe('loyalty tier is not “Gold”');
    expect(say({ kind: 'tier', op: 'atLeast', tier: 'Silver' })).toBe('loyalty tier “Silver” or higher');
    expect(say({ kind: 'tier', op: 'is', tier: null })).toBe('has no loyalty tier');
    expect(say({ kind: 'rhythm', status: 'overdue' })).toBe('overdue (by their own rhythm)');
    expect(say({ kind: 'rhythm', status: 'singleVisit' })).toBe('visited on a single day so far');
    expect(say({ kind: 'pAlive', op: 'below', percent: 30 })).toBe(
      'chance of coming back (P(alive)) below 30%',
    );
  });
});
