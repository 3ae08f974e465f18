/** A valid loyalty program for tests that need any program input the contract accepts. */
export const LOYALTY_PROGRAM = {
  earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 5, visitMinSpendMinor: 0 },
  tiers: {
    measure: 'points',
    period: 'rolling12',
    keepMonths: 12,
    levels: [{ name: 'Gold', threshold: 100 }],
  },
  rewards: [{ name: 'Free coffee', cost: 50 }],
  expiryMonths: 12,
  birthdayBonus: 20,
};
