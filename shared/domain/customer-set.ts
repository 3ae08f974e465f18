import { z } from 'zod';
import { daySchema } from './calendar-days.ts';
import { customRangeSchema, FIGURES } from './insights.ts';
import { RFM_SEGMENTS } from './rfm.ts';
import { segmentFilterSchema } from './segment.ts';

/**
 * A set of customers the list, the export and bulk tagging can act on: a filter being edited,
 * a saved segment, an RFM segment, the customers behind a dashboard figure, or a cell of the
 * cohort table. Always resolved in the core, at the moment of the call.
 */
export const customerSetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('filter'), filter: segmentFilterSchema }),
  z.strictObject({ kind: z.literal('segment'), id: z.string().trim().min(1).max(64) }),
  z.strictObject({ kind: z.literal('rfm'), segment: z.enum(RFM_SEGMENTS), asOf: daySchema.optional() }),
  z.strictObject({ kind: z.literal('figure'), figure: z.enum(FIGURES), period: customRangeSchema }),
  /** Customers whose first visit was in `month` (YYYY-MM) and who visited `monthsSince` months later. */
  z.strictObject({
    kind: z.literal('cohort'),
    month: z.string().regex(/^(19[7-9]\d|2[01]\d\d)-(0[1-9]|1[0-2])$/, 'must be a month like 2026-01'),
    monthsSince: z.number().int().min(0).max(120),
  }),
  /** Customers in a loyalty tier of the program in force now (by name); null: in no tier. */
  z.strictObject({ kind: z.literal('tier'), tier: z.string().trim().min(1).max(40).nullable() }),
]);
export type CustomerSet = z.infer<typeof customerSetSchema>;
export type CustomerSetInput = z.input<typeof customerSetSchema>;
