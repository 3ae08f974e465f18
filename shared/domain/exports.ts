import { z } from 'zod';
import { customerFilterSchema } from './customer-query.ts';
import { idSchema } from './interaction.ts';
import { CUSTOMER_TARGETS, CUSTOM_PREFIX } from './import-targets.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'vcard', 'vcard3'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_PRESETS = ['contacts', 'mailing'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

/** The columns a contact list can have: the customer fields, consent, and custom fields. */
export const EXPORT_COLUMNS = CUSTOMER_TARGETS.filter((target) => target !== 'full_name');
export const MAILING_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'consent_email_date',
  'consent_email_source',
] as const;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('filter'), filter: customerFilterSchema }),
  z.strictObject({
    kind: z.literal('selection'),
    ids: z.array(idSchema).min(1, 'select at least one customer').max(100_000, 'too many customers at once'),
  }),
]);
export type ExportScope = z.input<typeof exportScopeSchema>;

const columnSchema = z
  .string()
  .max(80)
  .refine(
    (column) => (EXPORT_COLUMNS as readonly string[]).includes(column) || column.startsWith(CUSTOM_PREFIX),
    'is not a column Regulars can export',
  );

export const exportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  /** "mailing": only customers whose e-mail consent is in force, with its date and source. */
  preset: z.enum(EXPORT_PRESETS).default('contacts'),
  scope: exportScopeSchema.default({ kind: 'all' }),
  /** CSV and Excel columns in order; omitted: every column (or the mailing list's). */
  columns: z.array(columnSchema).min(1, 'choose at least one column').max(100).optional(),
});
export type ExportRequest = z.input<typeof exportRequestSchema>;

export const exportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  rows: z.number().int(),
  /** How many exports:chunk calls fetch the whole file. */
  chunks: z.number().int(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const exportRecordSchema = z.object({
  id: z.string(),
  exportedAt: z.number().int(),
  staffId: z.string().nullable(),
  format: z.enum(EXPORT_FORMATS),
  preset: z.enum(EXPORT_PRESETS),
  scope: z.string(),
  rows: z.number().int(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

export function exportExtension(format: ExportFormat): string {
  return format === 'xlsx' ? 'xlsx' : format === 'csv' ? 'csv' : 'vcf';
}
