import { z } from 'zod';
import { CONSENT_CHANNELS } from '../../domain/customer.ts';
import { idSchema } from '../../domain/interaction.ts';

export const consentRecordSchema = z.object({
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  source: z.string(),
  recordedAt: z.number().int(),
  /** Who recorded it, when someone was signed in. */
  staffId: z.string().nullable(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const privacyChannels = {
  /** Every consent answer the customer ever gave, newest first: the history is kept, never rewritten. */
  'privacy:consentHistory': {
    input: z.strictObject({ customerId: idSchema }),
    output: z.array(consentRecordSchema),
  },
  /** Everything Regulars holds about one customer, as readable JSON (a subject access request). */
  'privacy:export': {
    input: z.strictObject({ customerId: idSchema }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  /**
   * Erases a customer now, live or in the trash, with whoever was merged into them: their rows,
   * search index entries and the audit trail's copies of their values. What stays is one audit
   * entry saying who erased a customer, and when.
   */
  'privacy:erase': {
    input: z.strictObject({ customerId: idSchema }),
    output: z.object({ erasedIds: z.array(z.string()) }),
  },
} as const;
