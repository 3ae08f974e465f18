import { describe, expect, it } from 'vitest';
import { computeEarnings } from './earning.ts';
import { expiryAfter, expiryRuns } from './ledger-simulation.ts';
import { addMonths, birthdayIn, localMidnight } from './local-time.ts';
import { EMPTY_PROGRAM, spendPoints, type LoyaltyProgram, type ProgramVersion } from './program.ts';

const program = (changes: Partial<LoyaltyProgram>): LoyaltyProgram => ({ ...EMPTY_PROGRAM, ...changes });
const noon = (y: number, m: number, d: number) => localMidnight(y, m, d) + 12 * 3_600_000;

describe('loyalty rules', () => {
  it('rounds purchase points down, and refunds towards zero', () => {
    expect(spendPoints(1299, EMPTY_PROGRAM)).toBe(12);
    expect(spendPoints(-1299, EMPTY_PROGRAM)).toBe(-12);
    expect(spendPoints(null, EMPTY_PROGRAM)).toBe(0);
    const threePerTwo = program({ earn: { ...EMPTY_PROGRAM.earn, pointsPerUnit: 3, spendUnitMinor: 200 } });
    expect(spendPoints(1250, threePerTwo)).toBe(18);
  });

  it('pays visit points once per day whose spend reaches the minimum', () => {
    const versions: ProgramVersion[] = [
      {
        version: 1,
        effectiveFrom: 0,
        program: program({ earn: { ...EMPTY_PROGRAM.earn, pointsPerVisit: 5, visitMinSpendMinor: 1000 } }),
      },
    ];
    const day = noon(2026, 2, 2);
    const { entries } = computeEarnings(versions, [
      { id: 'a', at: day, amountMinor: 600 },
      { id: 'b', at: day + 3_600_000, amountMinor: 500 },
      { id: 'c', at: day + 86_400_000, amountMinor: 900 },
    ]);
    expect(entries.map((entry) => [entry.key, entry.points])).toEqual([
      ['visit:2026-03-02', 5],
      ['earn:a', 6],
      ['earn:b', 5],
      ['earn:c', 9],
    ]);
  });

  it('adds calendar months on the wall clock, end of month clamped', () => {
    expect(addMonths(noon(2026, 0, 31), 1)).toBe(noon(2026, 1, 28));
    expect(addMonths(noon(2024, 1, 29), 12)).toBe(noon(2025, 1, 28));
    expect(addMonths(noon(2026, 5, 15), -12)).toBe(noon(2025, 5, 15));
    expect(birthdayIn('--02-29', 2027)).toBe(localMidnight(2027, 1, 28));
    expect(birthdayIn('1990-02-29', 2028)).toBe(localMidnight(2028, 1, 29));
  });

  it('counts a new expiry rule from the day it takes effect, never from before', () => {
    const never = { version: 1, effectiveFrom: 0, program: program({ expiryMonths: null }) };
    const start = noon(2026, 5, 1);
    const twelve = { version: 2, effectiveFrom: start, program: program({ expiryMonths: 12 }) };
    const lastVisit = noon(2024, 0, 1);
    expect(expiryAfter(lastVisit, expiryRuns([never, twelve]))).toBe(addMonths(start, 12));
    expect(expiryAfter(lastVisit, expiryRuns([never]))).toBeNull();
  });
});
