import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { LoyaltyProgramInput } from '../../../shared/domain/loyalty/program.ts';
import { AppError } from '../errors.ts';
import { makeTempCore } from '../test-support/temp-core.ts';
import { createCustomer } from '../services/customers.ts';
import {
  deleteInteraction,
  logInteraction,
  restoreInteraction,
  updateInteraction,
} from '../services/interactions.ts';
import { adjustPoints, redeemPoints } from './points-service.ts';
import { recomputeLoyalty, setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyStatus } from './status-service.ts';
import { sweepLoyalty } from './sweep.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

// Random sequences of purchases, edits, deletes, redemptions, program changes and time passing:
// the ledger's sum is always the reported balance, never negative at any instant, and a full
// recompute from scratch finds nothing to add.

const op = fc.oneof(
  fc.record({
    t: fc.constant('log' as const),
    who: fc.nat(1),
    amount: fc.integer({ min: -3000, max: 30000 }),
    back: fc.nat(400),
  }),
  fc.record({
    t: fc.constant('edit' as const),
    pick: fc.nat(),
    amount: fc.integer({ min: -3000, max: 30000 }),
    back: fc.nat(400),
  }),
  fc.record({ t: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({
    t: fc.constant('redeem' as const),
    who: fc.nat(1),
    reward: fc.nat(2),
    points: fc.integer({ min: 1, max: 300 }),
  }),
  fc.record({
    t: fc.constant('adjust' as const),
    who: fc.nat(1),
    points: fc.integer({ min: -200, max: 200 }).filter((n) => n !== 0),
  }),
  fc.record({
    t: fc.constant('program' as const),
    rate: fc.integer({ min: 0, max: 5 }),
    visit: fc.integer({ min: 0, max: 20 }),
    expiry: fc.option(fc.integer({ min: 1, max: 8 })),
    keep: fc.integer({ min: 0, max: 12 }),
    later: fc.nat(60),
  }),
  fc.record({ t: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 200 }) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

it('never lets the ledger sum differ from the balance, nor go below zero', () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
      let clock = localNoon(2026, 0, 10);
      const core = makeTempCore({ now: () => clock });
      try {
        setLoyaltyProgram(core.ctx, { program: { ...CAFE_PROGRAM, expiryMonths: 3 } });
        const customers = [0, 1].map((n) => createCustomer(core.ctx, { firstName: `C${n}` }).id);
        const interactions: string[] = [];
        const deleted: string[] = [];
        const pick = <T>(list: T[], n: number) => list[n % Math.max(1, list.length)];
        for (const step of ops) {
          clock += 60_000;
          try {
            run(step);
          } catch (error) {
            // Refusals (not enough points, nothing to restore) are part of the game; bugs are not.
            if (!(error instanceof AppError)) throw error;
          }
          check();
        }
        expect(recomputeLoyalty(core.ctx).appended).toBe(0);

        function run(step: Op) {
          const customerId = customers['who' in step ? step.who : 0] ?? '';
          switch (step.t) {
            case 'log': {
              const at = Math.max(clock - step.back * DAY, localNoon(2025, 0, 1));
              interactions.push(
                logInteraction(core.ctx, {
                  customerId,
                  kind: 'purchase',
                  amountMinor: step.amount,
                  occurredAt: at,
                }).id,
              );
              return;
            }
            case 'edit': {
              const id = pick(interactions, step.pick);
              if (id)
                updateInteraction(core.ctx, id, {
                  kind: 'purchase',
                  amountMinor: step.amount,
                  occurredAt: clock - step.back * DAY,
                });
              return;
            }
            case 'delete': {
              const id = pick(interactions, step.pick);
              if (id) deleted.push(deleteInteraction(core.ctx, id).id);
              return;
            }
            case 'restore': {
              const id = pick(deleted, step.pick);
              if (id) restoreInteraction(core.ctx, id);
              return;
            }
            case 'redeem':
              if (step.reward < 2) redeemPoints(core.ctx, { customerId, rewardId: `r${step.reward + 1}` });
              else redeemPoints(core.ctx, { customerId, points: step.points });
              return;
            case 'adjust':
              adjustPoints(core.ctx, { customerId, points: step.points, reason: 'test' });
              return;
            case 'program': {
              const program: LoyaltyProgramInput = {
                ...CAFE_PROGRAM,
                earn: { ...CAFE_PROGRAM.earn, pointsPerUnit: step.rate, pointsPerVisit: step.visit },
                tiers: { ...CAFE_PROGRAM.tiers, keepMonths: step.keep },
                rewards: [
                  { id: 'r1', name: 'Free coffee', cost: 30 },
                  { id: 'r2', name: 'Cake', cost: 80 },
                ],
                expiryMonths: step.expiry,
              };
              setLoyaltyProgram(core.ctx, { program, effectiveFrom: clock + step.later * DAY });
              return;
            }
            case 'wait':
              clock += step.days * DAY;
              sweepLoyalty(core.ctx);
              return;
          }
        }

        function check() {
          for (const customerId of customers) {
            const balance = getLoyaltyStatus(core.ctx, customerId).balance;
            const rows = core.ctx.db
              .prepare<[string], { at: number; points: number }>(
                'SELECT at, points FROM loyalty_ledger WHERE customer_id = ? ORDER BY at, id',
              )
              .all(customerId);
            let running = 0;
            let sum = 0;
            rows.forEach((row, index) => {
              running += row.points;
              if (row.at <= clock) sum += row.points;
              // "As of" an instant counts every row of that instant: check after the last of them.
              if (rows[index + 1]?.at !== row.at)
                expect(running, `balance at ${row.at}`).toBeGreaterThanOrEqual(0);
            });
            expect(sum).toBe(balance);
            expect(balance).toBeGreaterThanOrEqual(0);
          }
        }
      } finally {
        core.dispose();
      }
    }),
    { numRuns: Number(process.env.LOYALTY_RUNS ?? 60) },
  );
}, 120_000);
