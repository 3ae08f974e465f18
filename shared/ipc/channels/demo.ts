import { z } from 'zod';

export const demoStatusSchema = z.object({
  /** The shop holds the generated demo café's made-up customers. */
  active: z.boolean(),
  customers: z.number().int(),
});

export const demoChannels = {
  'demo:status': { input: z.strictObject({}), output: demoStatusSchema },
  'demo:create': { input: z.strictObject({}), output: demoStatusSchema },
  'demo:remove': {
    input: z.strictObject({}),
    output: demoStatusSchema.extend({ removed: z.number().int() }),
  },
} as const;
