import { z } from 'zod';
import { TIER_MEASURES } from './loyalty/program.ts';

const count = z.number().int().min(0);

/**
 * How many live customers are in each loyalty tier now (the program version in force, the
 * accounts as of their last reconcile). Without a program, or a program without tiers, there is
 * no distribution to show, and the answer says which.
 */
export const tierDistributionSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('noProgram') }),
  z.object({ status: z.literal('noTiers'), programVersion: z.number().int() }),
  z.object({
    status: z.literal('tiers'),
    programVersion: z.number().int(),
    measure: z.enum(TIER_MEASURES),
    /** Lowest tier first, as the program lists them. */
    tiers: z.array(
      z.object({ rank: z.number().int(), name: z.string(), threshold: z.number().int(), customers: count }),
    ),
    /** Live customers in no tier (below the lowest threshold, or no qualifying visits). */
    noTier: count,
    /** Every live customer: the tiers and noTier add up to it. */
    customers: count,
  }),
]);
export type TierDistribution = z.infer<typeof tierDistributionSchema>;
