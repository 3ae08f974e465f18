import type { LoyaltyProgramInput } from '../../../shared/domain/loyalty/program.ts';

/**
 * The starter program offered on first run and given to the demo café: a point per euro (or
 * dollar) spent, three tiers over a rolling year, two rewards, a small birthday bonus.
 */
export const DEMO_LOYALTY_PROGRAM = {
  earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
  tiers: {
    measure: 'points',
    period: 'rolling12',
    keepMonths: 3,
    levels: [
      { name: 'Regular', threshold: 0 },
      { name: 'Silver', threshold: 150 },
      { name: 'Gold', threshold: 400 },
    ],
  },
  rewards: [
    { name: 'Free coffee', cost: 40 },
    { name: 'Cake of the day', cost: 90 },
  ],
  expiryMonths: 12,
  birthdayBonus: 20,
} satisfies LoyaltyProgramInput;
