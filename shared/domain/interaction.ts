import { z } from 'zod';

export const INTERACTION_KINDS = [
  'visit',
  'purchase',
  'call',
  'email',
  'message',
  'note',
  'complaint',
  'feedback',
  'follow_up',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const CHANNELS = ['in_person', 'phone', 'email', 'sms', 'social', 'chat', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Earliest and latest instants we accept, so a typo like year 20224 is refused rather than stored. */
const MIN_TIME = Date.UTC(1970, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

export const idSchema = z.string().trim().min(1, 'is required').max(64, 'is not a valid id');

/** The editable part of an interaction: what logging and editing share. */
const interactionFieldsSchema = z.strictObject({
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z
    .number()
    .int('must be a whole number of milliseconds')
    .min(MIN_TIME, 'is before 1970')
    .max(MAX_TIME, 'is after 2200')
    .optional(),
  channel: z.enum(CHANNELS).default('in_person'),
  amountMinor: z
    .number()
    .int('must be in whole cents')
    .min(-100_000_000_00, 'is too large')
    .max(100_000_000_00, 'is too large')
    .nullable()
    .default(null),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
  /** Omitted: the staff member currently at the counter. null: nobody in particular. */
  staffId: idSchema.nullable().optional(),
  csat: z.number().int().min(1, 'CSAT is 1 to 5').max(5, 'CSAT is 1 to 5').nullable().default(null),
  nps: z.number().int().min(0, 'NPS is 0 to 10').max(10, 'NPS is 0 to 10').nullable().default(null),
  ces: z.number().int().min(1, 'CES is 1 to 7').max(7, 'CES is 1 to 7').nullable().default(null),
});

/** A refund is a purchase with a negative amount; nothing else may take money back. */
function refundsOnlyForPurchases(
  fields: { kind: InteractionKind; amountMinor: number | null },
  ctx: z.RefinementCtx,
) {
  if (fields.amountMinor !== null && fields.amountMinor < 0 && fields.kind !== 'purchase') {
    ctx.addIssue({
      code: 'custom',
      path: ['amountMinor'],
      message: 'must not be negative unless it is a purchase refund',
    });
  }
}

export const interactionInputSchema = interactionFieldsSchema
  .extend({ customerId: idSchema })
  .superRefine(refundsOnlyForPurchases);
export const interactionUpdateSchema = interactionFieldsSchema.superRefine(refundsOnlyForPurchases);
export type InteractionUpdate = z.input<typeof interactionUpdateSchema>;

export type InteractionInput = z.input<typeof interactionInputSchema>;
export type InteractionFields = z.output<typeof interactionInputSchema>;

export const interactionSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  occurredAt: z.number().int(),
  kind: z.enum(INTERACTION_KINDS),
  channel: z.enum(CHANNELS),
  amountMinor: z.number().int().nullable(),
  note: z.string(),
  staffId: z.string().nullable(),
  csat: z.number().int().nullable(),
  nps: z.number().int().nullable(),
  ces: z.number().int().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Interaction = z.infer<typeof interactionSchema>;
