import type { LoyaltyProgramInput } from './program.ts';

/**
 * The starter program offered on first run: a point per unit of currency spent, three tiers over
 * a rolling year, two rewards, a small birthday bonus. Names are the owner's to change later;
 * the first-run screen words them in the owner's language.
 */
export const STARTER_LOYALTY_PROGRAM = {
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
    { name: 'Small thank-you', cost: 40 },
    { name: 'Big thank-you', cost: 90 },
  ],
  expiryMonths: 12,
  birthdayBonus: 20,
} satisfies LoyaltyProgramInput;
