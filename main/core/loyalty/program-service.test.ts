import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../../shared/domain/loyalty/local-time.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, listCustomers } from '../services/customers.ts';
import { logInteraction, updateInteraction } from '../services/interactions.ts';
import { previewLoyaltyProgram } from './preview-service.ts';
import { getLoyaltyProgram, setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyLedger, getLoyaltyStatus } from './status-service.ts';
import { sweepLoyalty } from './sweep.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

let core: TempCore;
let clock: number;
let ann: string;
beforeEach(() => {
  clock = localNoon(2026, 0, 5);
  core = makeTempCore({ now: () => clock });
  setLoyaltyProgram(core.ctx, { program: CAFE_PROGRAM });
  ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  clock += DAY;
});
afterEach(() => core.dispose());

const buy = (customerId: string, amountMinor: number) =>
  logInteraction(core.ctx, { customerId, kind: 'purchase', amountMinor });
const double = { ...CAFE_PROGRAM, earn: { ...CAFE_PROGRAM.earn, pointsPerUnit: 2 } };

describe('program versions', () => {
  it('keeps points earned under the rules they were earned under, even when edited later', () => {
    const old = buy(ann, 5000);
    clock += DAY;
    setLoyaltyProgram(core.ctx, { program: double });
    buy(ann, 2000);
    expect(getLoyaltyStatus(core.ctx, ann).balance).toBe(50 + 40);
    updateInteraction(core.ctx, old.id, { kind: 'purchase', amountMinor: 6000 });
    expect(getLoyaltyStatus(core.ctx, ann).balance).toBe(60 + 40);
    expect(getLoyaltyProgram(core.ctx).versions.map((v) => v.program.earn.pointsPerUnit)).toEqual([1, 2]);
  });

  it('refuses a change dated on an earlier day, and schedules one dated later', () => {
    const before = tableCounts(core);
    expect(() => setLoyaltyProgram(core.ctx, { program: double, effectiveFrom: clock - 2 * DAY })).toThrow(
      /effectiveFrom: must be today or later/,
    );
    expect(tableCounts(core)).toEqual(before);
    setLoyaltyProgram(core.ctx, { program: double, effectiveFrom: clock + 10 * DAY });
    buy(ann, 1000);
    clock += 11 * DAY;
    sweepLoyalty(core.ctx);
    buy(ann, 1000);
    expect(getLoyaltyStatus(core.ctx, ann)).toMatchObject({ balance: 10 + 20, programVersion: 2 });
    expect(getLoyaltyProgram(core.ctx).current).toBe(2);
  });

  it('applies a new expiry rule from its date on, never to the time before it', () => {
    buy(ann, 4000);
    clock = addMonths(clock, 14);
    setLoyaltyProgram(core.ctx, { program: { ...CAFE_PROGRAM, expiryMonths: 12 } });
    const status = getLoyaltyStatus(core.ctx, ann);
    expect(status.balance).toBe(40);
    expect(status.nextExpiryAt).toBe(addMonths(clock, 12));
    clock = addMonths(clock, 12) + DAY;
    sweepLoyalty(core.ctx);
    expect(getLoyaltyStatus(core.ctx, ann).balance).toBe(0);
    expect(getLoyaltyLedger(core.ctx, ann, 1).rows[0]).toMatchObject({ kind: 'expire', points: -40 });
  });

  it('keeps a tier for its months, then records the drop with its date and reason', () => {
    setLoyaltyProgram(core.ctx, {
      program: { ...CAFE_PROGRAM, tiers: { ...CAFE_PROGRAM.tiers, keepMonths: 2 } },
    });
    buy(ann, 15000);
    expect(listCustomers(core.ctx, {}).items[0]?.loyaltyTier).toEqual({ rank: 1, name: 'Silver' });
    clock = addMonths(clock, 13);
    sweepLoyalty(core.ctx);
    expect(getLoyaltyStatus(core.ctx, ann)).toMatchObject({
      tier: { name: 'Silver' },
      qualifiedTier: { name: 'Regular' },
    });
    clock = addMonths(clock, 1);
    sweepLoyalty(core.ctx);
    expect(getLoyaltyStatus(core.ctx, ann).tier).toEqual({ rank: 0, name: 'Regular' });
    expect(listCustomers(core.ctx, {}).items[0]?.loyaltyTier).toEqual({ rank: 0, name: 'Regular' });
    const [drop, rise] = getLoyaltyLedger(core.ctx, ann, 10).tierChanges;
    expect(drop).toMatchObject({ fromName: 'Silver', toName: 'Regular', direction: 'down', at: clock });
    expect(drop?.reason).toMatch(/^Down from Silver\. Regular: 0 points in the last 12 months/);
    expect(rise).toMatchObject({ fromName: 'Regular', toName: 'Silver', direction: 'up' });
  });
});

describe('preview', () => {
  it('counts the customers who would change tier, and saves nothing', () => {
    const bo = createCustomer(core.ctx, { firstName: 'Bo' }).id;
    const cy = createCustomer(core.ctx, { firstName: 'Cy' }).id;
    buy(ann, 5000);
    buy(bo, 15000);
    buy(cy, 60000);
    clock += 1000;
    const before = tableCounts(core);
    const levels = [
      { name: 'Regular', threshold: 0 },
      { name: 'Silver', threshold: 40 },
      { name: 'Gold', threshold: 1000 },
    ];
    const preview = previewLoyaltyProgram(core.ctx, {
      program: { ...double, tiers: { ...CAFE_PROGRAM.tiers, levels } },
    });
    expect(preview).toMatchObject({
      customers: 3,
      changed: 2,
      up: 1,
      down: 1,
      byTier: [
        { name: 'Regular', before: 1, after: 0 },
        { name: 'Silver', before: 1, after: 3 },
        { name: 'Gold', before: 1, after: 0 },
      ],
      earningExample: 'A purchase of 25.00 earns 25 points now and 50 points after the change.',
      earning: { purchaseMinor: 2500, pointsNow: 25, pointsAfter: 50 },
    });
    expect(preview.examples.map((e) => [e.name, e.from, e.to]).sort()).toEqual([
      ['Ann Lee', 'Regular', 'Silver'],
      ['Cy', 'Gold', 'Silver'],
    ]);
    expect(tableCounts(core)).toEqual(before);
  });
});
