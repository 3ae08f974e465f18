import { z } from 'zod';
import { idSchema } from '../../domain/interaction.ts';
import { loyaltyProgramInputSchema, programVersionSchema } from '../../domain/loyalty/program.ts';
import {
  ledgerRowSchema,
  loyaltyPreviewSchema,
  loyaltyStatusSchema,
  tierChangeSchema,
} from '../../domain/loyalty/status.ts';

const instant = z
  .number()
  .int()
  .min(0, 'must not be before 1970')
  .max(Date.UTC(2200, 0, 1), 'is after 2200');
const staffId = idSchema.nullable().optional();

export const programChangeSchema = z.strictObject({
  program: loyaltyProgramInputSchema,
  /** When the new version takes effect; omitted: now. Never in the past: history is not rewritten. */
  effectiveFrom: instant.optional(),
});

export const loyaltyChannels = {
  /** Points, tier, progress and affordable rewards, now or as of an instant. */
  'loyalty:status': {
    input: z.strictObject({ customerId: idSchema, asOf: instant.optional() }),
    output: loyaltyStatusSchema,
  },
  /** The ledger, newest first, with the balance after each row, and the tier changes. */
  'loyalty:ledger': {
    input: z.strictObject({ customerId: idSchema, limit: z.number().int().min(1).max(5000).default(500) }),
    output: z.object({ rows: z.array(ledgerRowSchema), tierChanges: z.array(tierChangeSchema) }),
  },
  'loyalty:redeem': {
    input: z.union([
      z.strictObject({ customerId: idSchema, rewardId: z.string().min(1).max(20), staffId }),
      z.strictObject({
        customerId: idSchema,
        points: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000_000),
        staffId,
      }),
    ]),
    output: z.object({ ledgerId: z.number().int(), status: loyaltyStatusSchema }),
  },
  /** A manual change of points; the reason is required and stays on the row. */
  'loyalty:adjust': {
    input: z.strictObject({
      customerId: idSchema,
      points: z
        .number()
        .int('must be a whole number')
        .min(-10_000_000, 'is too large')
        .max(10_000_000, 'is too large')
        .refine((points) => points !== 0, 'must not be 0'),
      reason: z
        .string()
        .trim()
        .min(1, 'is required: say why the points change')
        .max(200, 'must be at most 200 characters'),
      staffId,
    }),
    output: z.object({ ledgerId: z.number().int(), status: loyaltyStatusSchema }),
  },
  /** Every version of the program, oldest first, and which one is in force now. */
  'loyalty:program': {
    input: z.strictObject({}),
    output: z.object({ current: z.number().int().nullable(), versions: z.array(programVersionSchema) }),
  },
  /** What saving this program would change, without saving it. */
  'loyalty:preview': { input: programChangeSchema, output: loyaltyPreviewSchema },
  /** Saves a new version of the program, then brings every customer's points and tier up to date. */
  'loyalty:setProgram': {
    input: programChangeSchema,
    output: z.object({ version: programVersionSchema, changedCustomers: z.number().int() }),
  },
  /** Checks every customer's ledger against a replay from scratch and appends what is missing. */
  'loyalty:recompute': {
    input: z.strictObject({}),
    output: z.object({
      customers: z.number().int(),
      changedCustomers: z.number().int(),
      appended: z.number().int(),
    }),
  },
} as const;
