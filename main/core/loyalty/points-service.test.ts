import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer } from '../services/customers.ts';
import { logInteraction } from '../services/interactions.ts';
import { setCurrentStaffId } from '../services/session.ts';
import { createStaff } from '../services/staff.ts';
import { adjustPoints, redeemPoints } from './points-service.ts';
import { setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyLedger, getLoyaltyStatus } from './status-service.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

let core: TempCore;
let clock: number;
let ann: string;
beforeEach(() => {
  clock = localNoon(2026, 2, 2);
  core = makeTempCore({ now: () => clock });
  setLoyaltyProgram(core.ctx, { program: CAFE_PROGRAM });
  ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  clock += DAY;
  logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 10000 });
  clock += 1000;
  core.events.length = 0;
});
afterEach(() => core.dispose());

describe('redeeming and adjusting points', () => {
  it('redeems a reward for the staff member at the counter, and says what is left', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    setCurrentStaffId(core.ctx, sam.id);
    const { status } = redeemPoints(core.ctx, { customerId: ann, rewardId: 'r2' });
    expect(status).toMatchObject({ balance: 20, rewards: [{ affordable: false }, { affordable: false }] });
    expect(getLoyaltyLedger(core.ctx, ann, 1).rows[0]).toMatchObject({
      kind: 'redeem',
      points: -80,
      rewardId: 'r2',
      rewardName: 'Cake',
      staffId: sam.id,
      balanceAfter: 20,
    });
    expect(core.events.map((event) => event.event)).toContain('loyalty:changed');
  });

  it.each([
    [
      { rewardId: 'r2' },
      { rewardId: 'r2' },
      /Not enough points: Cake needs 80 and Ann Lee has 20 \(60 more needed\)/,
    ],
    [{ points: 150 }, null, /Not enough points: this redemption needs 150 and Ann Lee has 100/],
    [
      { rewardId: 'r9' },
      null,
      /rewardId: r9 is not a reward of the program; the rewards are r1 \(Free coffee\), r2 \(Cake\)/,
    ],
  ])('refuses %j with a clear message and changes nothing', (first, second, message) => {
    if (second) redeemPoints(core.ctx, { customerId: ann, ...first });
    const before = tableCounts(core);
    const rows = core.ctx.db.prepare('SELECT * FROM loyalty_ledger').all();
    expect(() => redeemPoints(core.ctx, { customerId: ann, ...(second ?? first) })).toThrow(message);
    expect(tableCounts(core)).toEqual(before);
    expect(core.ctx.db.prepare('SELECT * FROM loyalty_ledger').all()).toEqual(rows);
  });

  it('adjusts by hand with a required reason, never below zero', () => {
    expect(
      adjustPoints(core.ctx, { customerId: ann, points: -30, reason: 'Double scan' }).status.balance,
    ).toBe(70);
    expect(getLoyaltyLedger(core.ctx, ann, 1).rows[0]).toMatchObject({
      kind: 'adjust',
      reason: 'Double scan',
    });
    const before = tableCounts(core);
    expect(() => adjustPoints(core.ctx, { customerId: ann, points: 10, reason: '  ' })).toThrow(
      /reason: is required/,
    );
    expect(() => adjustPoints(core.ctx, { customerId: ann, points: 0, reason: 'x' })).toThrow(
      /points: must not be 0/,
    );
    expect(() => adjustPoints(core.ctx, { customerId: ann, points: -71, reason: 'x' })).toThrow(
      /points: taking 71 would leave Ann Lee below zero \(the balance is 70\)/,
    );
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses without a program, and for a customer who is not there', () => {
    const fresh = makeTempCore();
    try {
      const bo = createCustomer(fresh.ctx, { firstName: 'Bo' }).id;
      expect(() => adjustPoints(fresh.ctx, { customerId: bo, points: 5, reason: 'hi' })).toThrow(
        /no loyalty program yet/,
      );
    } finally {
      fresh.dispose();
    }
    expect(() => redeemPoints(core.ctx, { customerId: 'nobody', rewardId: 'r1' })).toThrow(
      /No customer with id nobody/,
    );
  });

  it('a birthday-free status says what the tier needs in words', () => {
    expect(getLoyaltyStatus(core.ctx, ann).explanation).toEqual([
      'Silver: 100 points in the last 12 months; Silver needs 100 points.',
      '400 points to Gold.',
      '100 points to spend.',
    ]);
  });
});
