import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema, auditVerificationSchema } from '../../domain/audit.ts';

export const auditChannels = {
  /** The audit trail, newest first, filtered; page with `before`. */
  'audit:list': {
    input: auditQuerySchema,
    output: z.object({ items: z.array(auditEntrySchema), hasMore: z.boolean() }),
  },
  /** The filtered trail as a file to save (CSV for a spreadsheet, or JSON); the export is itself audited. */
  'audit:export': {
    input: auditQuerySchema.omit({ before: true, limit: true }).extend({ format: z.enum(['csv', 'json']) }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      content: z.string(),
      rows: z.number().int(),
    }),
  },
  /** Re-computes the hash chain: any changed, removed or inserted row shows up here and in `regulars check`. */
  'audit:verify': { input: z.strictObject({}), output: auditVerificationSchema },
} as const;
