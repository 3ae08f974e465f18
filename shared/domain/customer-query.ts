import { z } from 'zod';
import { CONSENT_CHANNELS } from './customer.ts';
import { customFieldValueSchema } from './custom-field.ts';

export const CUSTOMER_SORTS = ['name', 'lastVisit', 'visits', 'spend'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

const instant = z.number().int().min(0);
const minor = z.number().int();

/** Filters of the customers list; all of them apply together (AND). Evaluated in SQLite. */
export const customerFilterSchema = z.strictObject({
  /** Customers having every one of these tags. */
  tags: z.array(z.string().min(1).max(40)).max(10).default([]),
  lastVisitFrom: instant.optional(),
  lastVisitTo: instant.optional(),
  spendMinMinor: minor.optional(),
  spendMaxMinor: minor.optional(),
  /** Customers whose consent in force for this channel is granted. */
  consent: z.enum(CONSENT_CHANNELS).optional(),
  /** Custom field equals value (null = empty). */
  customFields: z
    .array(z.strictObject({ fieldId: z.string().min(1).max(64), value: customFieldValueSchema }))
    .max(10)
    .default([]),
});
export type CustomerFilter = z.input<typeof customerFilterSchema>;

export const customerListQuerySchema = z.strictObject({
  limit: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  offset: z.number().int().min(0, 'must not be negative').default(0),
  sort: z.enum(CUSTOMER_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  filter: customerFilterSchema.default({ tags: [], customFields: [] }),
});
export type CustomerListQuery = z.input<typeof customerListQuerySchema>;
