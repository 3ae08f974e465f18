import { z } from 'zod';
import { customerSchema } from '../../domain/customer.ts';
import { duplicateCandidateSchema, duplicatePairSchema, mergeInputSchema } from '../../domain/duplicates.ts';
import { idSchema } from '../../domain/interaction.ts';

export const duplicateChannels = {
  /** While a customer is being typed: who might already be in the base. */
  'duplicates:check': {
    input: z.strictObject({
      firstName: z.string().max(80).default(''),
      lastName: z.string().max(80).default(''),
      phone: z.string().max(40).default(''),
      email: z.string().max(254).default(''),
      excludeId: idSchema.optional(),
    }),
    output: z.array(duplicateCandidateSchema),
  },
  /** Possible duplicate pairs across the whole base, most likely first; dismissed pairs left out. */
  'duplicates:list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(duplicatePairSchema),
  },
  'duplicates:dismiss': {
    input: z.strictObject({ aId: idSchema, bId: idSchema }),
    output: z.object({ dismissed: z.boolean() }),
  },
  /** Merges `otherId` into `keepId`: every interaction and field kept, recorded for an exact undo. */
  'customers:merge': {
    input: mergeInputSchema,
    output: z.object({ mergeId: z.string(), customer: customerSchema }),
  },
  'customers:undoMerge': {
    input: z.strictObject({ mergeId: idSchema }),
    output: z.object({ keepId: z.string(), otherId: z.string() }),
  },
} as const;
