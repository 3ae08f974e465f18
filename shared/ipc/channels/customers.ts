import { z } from 'zod';
import {
  customerFactsSchema,
  customerInputSchema,
  customerSchema,
  customerSummarySchema,
  trashedCustomerSchema,
} from '../../domain/customer.ts';
import { customerListQuerySchema } from '../../domain/customer-query.ts';
import { idSchema, interactionSchema } from '../../domain/interaction.ts';

const ids = z
  .array(idSchema)
  .min(1, 'select at least one customer')
  .max(100_000, 'too many customers at once');

export const customerChannels = {
  'customers:list': {
    input: customerListQuerySchema,
    output: z.object({ items: z.array(customerSummarySchema), total: z.number().int() }),
  },
  /** Spotlight and the list's search box: name, phone digits, e-mail, code, tag, custom fields. */
  'customers:search': {
    input: z.strictObject({
      query: z.string().max(200, 'must be at most 200 characters'),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(customerSummarySchema),
  },
  'customers:get': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({
      customer: customerSchema,
      facts: customerFactsSchema,
      interactions: z.array(interactionSchema),
    }),
  },
  'customers:create': { input: customerInputSchema, output: customerSchema },
  'customers:update': {
    input: z.strictObject({ id: idSchema, fields: customerInputSchema }),
    output: customerSchema,
  },
  /** Tags or untags many customers; returns the ids that actually changed, so undo is exact. */
  'customers:bulkTag': {
    input: z.strictObject({
      ids,
      tag: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(40)
        .regex(/^[^,]+$/, 'must not contain a comma'),
      action: z.enum(['add', 'remove']),
    }),
    output: z.object({ changedIds: z.array(z.string()) }),
  },
  /** Moves customers, with their history, to the trash. */
  'customers:delete': {
    input: z.strictObject({ ids }),
    output: z.object({ deletedIds: z.array(z.string()) }),
  },
  'customers:restore': {
    input: z.strictObject({ ids }),
    output: z.object({ restoredIds: z.array(z.string()) }),
  },
  'customers:trash': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(trashedCustomerSchema), total: z.number().int() }),
  },
  /** Erases trashed customers for good: the given ones, or all trashed longer than `olderThanDays`. */
  'customers:purge': {
    input: z.union([
      z.strictObject({ ids }),
      z.strictObject({ olderThanDays: z.number().int().min(0).max(3650) }),
    ]),
    output: z.object({ purged: z.number().int() }),
  },
} as const;
