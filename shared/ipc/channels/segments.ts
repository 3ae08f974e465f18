import { z } from 'zod';
import { customerSetSchema } from '../../domain/customer-set.ts';
import { customerSummarySchema, tagSchema } from '../../domain/customer.ts';
import { segmentFilterSchema, segmentInputSchema, segmentSchema } from '../../domain/segment.ts';

const id = z.string().trim().min(1, 'is required').max(64, 'is not a valid id');

export const segmentChannels = {
  'segments:list': { input: z.strictObject({}), output: z.array(segmentSchema) },
  'segments:get': { input: z.strictObject({ id }), output: segmentSchema },
  'segments:create': { input: segmentInputSchema, output: segmentSchema },
  'segments:update': { input: segmentInputSchema.extend({ id }), output: segmentSchema },
  'segments:delete': { input: z.strictObject({ id }), output: z.object({ deletedId: z.string() }) },
  /** The live count while a filter is edited. */
  'segments:count': {
    input: z.strictObject({ filter: segmentFilterSchema }),
    output: z.object({ count: z.number().int() }),
  },
  /** One page of the customers of a set, by name. */
  'segments:customers': {
    input: z.strictObject({
      set: customerSetSchema,
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(customerSummarySchema), total: z.number().int() }),
  },
  /** Every customer of a set as CSV text (contact details, visit facts, consent in force). */
  'segments:export': {
    input: z.strictObject({ set: customerSetSchema }),
    output: z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }),
  },
  /** Tags or untags every customer of a set; returns the ids that changed, for an exact undo. */
  'segments:tag': {
    input: z.strictObject({ set: customerSetSchema, tag: tagSchema, action: z.enum(['add', 'remove']) }),
    output: z.object({ changedIds: z.array(z.string()) }),
  },
  /** Picks every customer of a set for a follow-up; Today suggests them for a month, by consent. */
  'segments:pickForFollowUps': {
    input: z.strictObject({
      set: customerSetSchema,
      /** The list's name as the owner sees it: the reason each suggestion gives. */
      source: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    }),
    output: z.object({ customers: z.number().int() }),
  },
} as const;
