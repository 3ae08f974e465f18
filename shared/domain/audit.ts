import { z } from 'zod';
import { idSchema } from './interaction.ts';

/** "customer.update": the part before the dot is the category the audit page filters on. */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

/** The categories Regulars writes today, with how the audit page names them. */
export const AUDIT_CATEGORY_LABELS: Record<string, string> = {
  auth: 'Sign-ins and PINs',
  customer: 'Customers',
  interaction: 'Interactions',
  staff: 'Staff',
  settings: 'Settings',
  customField: 'Custom fields',
  permission: 'Permissions',
  audit: 'Audit trail',
  import: 'Imports',
  export: 'Exports',
  loyalty: 'Loyalty',
  reward: 'Rewards',
  template: 'Templates',
  backup: 'Backups',
};

export const auditCategorySchema = z
  .string()
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z][a-zA-Z]*$/, 'must be a category name like customer or auth');

/** One field's edit: what it was and what it became. */
export const auditChangeSchema = z.object({ field: z.string(), old: z.unknown(), new: z.unknown() });
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  actorStaffId: z.string().nullable(),
  /** The person's name at the time, or "CLI (alice)" for the command line. */
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  /** The customer whose values the details hold (erased with them), if any. */
  customerId: z.string().nullable(),
  /** The subject's name today, or null when it is gone (erased or purged). */
  subjectName: z.string().nullable(),
  /** What happened, without personal values ("Edited customer: phone, email"). */
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  /** The values were removed when the customer was erased; the chain still verifies. */
  redacted: z.boolean(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  actorStaffId: idSchema.optional(),
  category: auditCategorySchema.optional(),
  customerId: idSchema.optional(),
  /** Inclusive bounds, epoch milliseconds. */
  from: z.number().int().min(0).optional(),
  to: z.number().int().min(0).optional(),
  /** Paging: only entries older than this sequence number. */
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  problems: z.array(z.string()),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
