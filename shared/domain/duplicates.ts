import { z } from 'zod';
import { customerSummarySchema } from './customer.ts';

/** Why two customers may be one person; shown to the user as is. */
export const duplicateCandidateSchema = z.object({
  customer: customerSummarySchema,
  /** 0–1; 1 means the same phone or e-mail. */
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const duplicatePairSchema = z.object({
  a: customerSummarySchema,
  b: customerSummarySchema,
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

/** Fields that can differ between two customers being merged; custom fields go by `custom:<id>`. */
export const MERGE_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'birthday',
  'address',
  'notes',
  'code',
] as const;

export const mergeInputSchema = z.strictObject({
  keepId: z.string().min(1).max(64),
  otherId: z.string().min(1).max(64),
  /** For each conflicting field, whose value survives; unlisted conflicts keep the kept customer's. */
  choices: z.record(z.string().max(80), z.enum(['keep', 'other'])).default({}),
});
export type MergeInput = z.input<typeof mergeInputSchema>;
