import { z } from 'zod';
import { TIER_MEASURES, TIER_PERIODS } from './program.ts';

export const LEDGER_KINDS = ['earn', 'redeem', 'adjust', 'expire', 'bonus', 'reversal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

const tierSchema = z.object({ rank: z.number().int(), name: z.string() });

/** A customer's loyalty at an instant: everything the counter and `loyalty status` show. */
export const loyaltyStatusSchema = z.object({
  customerId: z.string(),
  asOf: z.number().int(),
  /** False before the shop has a loyalty program (at `asOf`). */
  enrolled: z.boolean(),
  programVersion: z.number().int().nullable(),
  balance: z.number().int(),
  tier: tierSchema.nullable(),
  qualifiedTier: tierSchema.nullable(),
  measure: z.enum(TIER_MEASURES),
  period: z.enum(TIER_PERIODS),
  keepMonths: z.number().int(),
  /** Points, minor units of spend or visits in the current period. */
  metric: z.number().int(),
  heldUntil: z.number().int().nullable(),
  nextTier: z.object({ name: z.string(), threshold: z.number().int(), missing: z.number().int() }).nullable(),
  nextExpiryAt: z.number().int().nullable(),
  rewards: z.array(
    z.object({ id: z.string(), name: z.string(), cost: z.number().int(), affordable: z.boolean() }),
  ),
  /** The tier and the points in plain words, for the customer page and the CLI. */
  explanation: z.array(z.string()),
});
export type LoyaltyStatus = z.infer<typeof loyaltyStatusSchema>;

export const ledgerRowSchema = z.object({
  id: z.number().int(),
  kind: z.enum(LEDGER_KINDS),
  points: z.number().int(),
  /** When the points count from (a purchase's time for its points). */
  at: z.number().int(),
  recordedAt: z.number().int(),
  /** The balance after this row, rows taken in the order they count (at, then id). */
  balanceAfter: z.number().int(),
  interactionId: z.string().nullable(),
  rewardId: z.string().nullable(),
  rewardName: z.string().nullable(),
  reason: z.string(),
  staffId: z.string().nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

export const tierChangeSchema = z.object({
  at: z.number().int(),
  fromName: z.string().nullable(),
  toName: z.string().nullable(),
  direction: z.enum(['up', 'down']),
  reason: z.string(),
});
export type TierChange = z.infer<typeof tierChangeSchema>;

export const loyaltyPreviewSchema = z.object({
  effectiveFrom: z.number().int(),
  customers: z.number().int(),
  changed: z.number().int(),
  up: z.number().int(),
  down: z.number().int(),
  /** How many customers hold each tier before and after, by the draft's tier names. */
  byTier: z.array(z.object({ name: z.string(), before: z.number().int(), after: z.number().int() })),
  examples: z.array(
    z.object({
      customerId: z.string(),
      name: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
  /** What a sample purchase earns now and under the draft, in plain words (English, for the CLI). */
  earningExample: z.string(),
  /** The same in numbers, for the interface to word in the reader's language. */
  earning: z.object({
    purchaseMinor: z.number().int(),
    pointsNow: z.number().int(),
    pointsAfter: z.number().int(),
  }),
});
export type LoyaltyPreview = z.infer<typeof loyaltyPreviewSchema>;
