import type { LoyaltyProgramInput } from '../../../shared/domain/loyalty/program.ts';

// Test support: a typical café program, changed per test with spread.

export const CAFE_PROGRAM = {
  earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
  tiers: {
    measure: 'points',
    period: 'rolling12',
    keepMonths: 0,
    levels: [
      { name: 'Regular', threshold: 0 },
      { name: 'Silver', threshold: 100 },
      { name: 'Gold', threshold: 500 },
    ],
  },
  rewards: [
    { name: 'Free coffee', cost: 30 },
    { name: 'Cake', cost: 80 },
  ],
  expiryMonths: null,
  birthdayBonus: 0,
} satisfies LoyaltyProgramInput;

export const DAY = 86_400_000;

/** Midday local time on a date, so a visit stays on its day in every time zone. */
export function localNoon(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setFullYear(year, monthIndex, day);
  date.setHours(12, 0, 0, 0);
  return date.getTime();
}
