import { z } from 'zod';

// The loyalty program an owner sets up. Every saved change is a new version with the instant it
// takes effect from; points are always earned under the version in force when the visit happened.

export const TIER_MEASURES = ['points', 'spend', 'visits'] as const;
export type TierMeasure = (typeof TIER_MEASURES)[number];
export const TIER_PERIODS = ['rolling12', 'calendarYear'] as const;
export type TierPeriod = (typeof TIER_PERIODS)[number];
export const MAX_TIERS = 6;

const whole = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max.toLocaleString('en-US')}`);

const name = z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters');

export const tierLevelSchema = z.strictObject({
  name,
  /** Points, minor units of money, or visits (by the program's measure) needed in the period. */
  threshold: whole(0, 1_000_000_000),
});

export const rewardSchema = z.strictObject({
  /** Short and stable across versions ("r1"), so the CLI and old ledger rows can name it. */
  id: z.string().regex(/^r\d{1,6}$/, 'must look like r1'),
  name,
  cost: whole(1, 10_000_000),
});
export type Reward = z.infer<typeof rewardSchema>;

const programFields = {
  earn: z.strictObject({
    /** pointsPerUnit points for every spendUnitMinor spent: 1 per 100 is "1 point per 1.00". */
    pointsPerUnit: whole(0, 1000),
    spendUnitMinor: whole(1, 100_000_000),
    /** Points for each day with a visit or purchase, if that day's spend reaches the minimum. */
    pointsPerVisit: whole(0, 100_000),
    visitMinSpendMinor: whole(0, 100_000_000),
  }),
  tiers: z.strictObject({
    measure: z.enum(TIER_MEASURES),
    period: z.enum(TIER_PERIODS),
    /** How long a tier is kept once reached, in months (0: only while qualifying). */
    keepMonths: whole(0, 60),
    levels: z.array(tierLevelSchema).max(MAX_TIERS, `at most ${MAX_TIERS} tiers`),
  }),
  rewards: z.array(rewardSchema).max(50, 'at most 50 rewards'),
  /** Points expire after this many months without a visit; null: never. */
  expiryMonths: whole(1, 120).nullable(),
  /** Points given on the customer's birthday; 0: no bonus. */
  birthdayBonus: whole(0, 1_000_000),
};

function checkProgram(
  program: {
    tiers: { levels: { name: string; threshold: number }[] };
    rewards: { id?: string | undefined; name: string }[];
  },
  ctx: z.RefinementCtx,
) {
  const levels = program.tiers.levels;
  levels.forEach((level, index) => {
    const before = levels[index - 1];
    if (before && level.threshold <= before.threshold) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', 'levels', index, 'threshold'],
        message: `must be more than ${before.name}'s (${before.threshold})`,
      });
    }
    if (levels.findIndex((other) => other.name.toLowerCase() === level.name.toLowerCase()) !== index) {
      ctx.addIssue({ code: 'custom', path: ['tiers', 'levels', index, 'name'], message: 'is used twice' });
    }
  });
  program.rewards.forEach((reward, index) => {
    if (reward.id !== undefined && program.rewards.findIndex((other) => other.id === reward.id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['rewards', index, 'id'], message: 'is used twice' });
    }
  });
}

export const loyaltyProgramSchema = z.strictObject(programFields).superRefine(checkProgram);
export type LoyaltyProgram = z.infer<typeof loyaltyProgramSchema>;

/** What an owner sends: rewards may come without an id (new ones get the next free one). */
export const loyaltyProgramInputSchema = z
  .strictObject({
    ...programFields,
    rewards: z
      .array(rewardSchema.extend({ id: rewardSchema.shape.id.optional() }))
      .max(50, 'at most 50 rewards'),
  })
  .superRefine(checkProgram);
export type LoyaltyProgramInput = z.input<typeof loyaltyProgramInputSchema>;

export interface ProgramVersion {
  version: number;
  effectiveFrom: number;
  program: LoyaltyProgram;
}

export const programVersionSchema = z.object({
  version: z.number().int(),
  effectiveFrom: z.number().int(),
  createdAt: z.number().int(),
  program: loyaltyProgramSchema,
});
export type ProgramVersionView = z.infer<typeof programVersionSchema>;

/** Versions sorted by when they take effect (then by number): the order every lookup expects. */
export function sortVersions<V extends { version: number; effectiveFrom: number }>(
  versions: readonly V[],
): V[] {
  return [...versions].sort((a, b) => a.effectiveFrom - b.effectiveFrom || a.version - b.version);
}

/** The version in force at an instant, or undefined before the first one. Versions must be sorted. */
export function versionAt<V extends { effectiveFrom: number }>(
  versions: readonly V[],
  at: number,
): V | undefined {
  let found: V | undefined;
  for (const version of versions) {
    if (version.effectiveFrom > at) break;
    found = version;
  }
  return found;
}

/**
 * Points for an amount under a program: rounded down per purchase (12.50 at 1 point per 1.00 is
 * 12 points). A refund (negative amount) takes back points rounded the same way towards zero, so
 * refunding a purchase never takes more than the purchase gave.
 */
export function spendPoints(amountMinor: number | null, program: LoyaltyProgram): number {
  if (amountMinor === null || amountMinor === 0) return 0;
  const { pointsPerUnit, spendUnitMinor } = program.earn;
  const points = Math.floor((Math.abs(amountMinor) * pointsPerUnit) / spendUnitMinor);
  return amountMinor < 0 ? -points : points;
}

export const EMPTY_PROGRAM: LoyaltyProgram = {
  earn: { pointsPerUnit: 1, spendUnitMinor: 100, pointsPerVisit: 0, visitMinSpendMinor: 0 },
  tiers: { measure: 'points', period: 'rolling12', keepMonths: 12, levels: [] },
  rewards: [],
  expiryMonths: null,
  birthdayBonus: 0,
};
