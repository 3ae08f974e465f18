import { z } from 'zod';

// `regulars predict`: the fitted BG/NBD model and what it says of every customer with a visit.

export const predictedCustomerSchema = z.object({
  id: z.string(),
  /** The customer code, when the customer has one. */
  ref: z.string().nullable(),
  /** Distinct visit days. */
  visits: z.number().int(),
  pAlive: z.number().nullable(),
  expectedVisits30d: z.number().nullable(),
  expectedVisits90d: z.number().nullable(),
  usualIntervalDays: z.number().nullable(),
  /** When the rhythm says the next visit is due (own interval, or the shop's for one visit). */
  nextVisitDate: z.string().nullable(),
});

export const predictionsSchema = z.object({
  asOf: z.string(),
  status: z.enum(['fitted', 'too_little_history']),
  /** Why there is no model, in words; null when fitted. */
  message: z.string().nullable(),
  model: z
    .object({
      kind: z.literal('bgnbd'),
      unit: z.enum(['day', 'week']),
      r: z.number(),
      alpha: z.number(),
      a: z.number(),
      b: z.number(),
      logLikelihood: z.number(),
      customers: z.number().int(),
    })
    .nullable(),
  customers: z.array(predictedCustomerSchema),
});
export type Predictions = z.infer<typeof predictionsSchema>;
