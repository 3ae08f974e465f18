import { z } from 'zod';
import { idSchema } from './interaction.ts';
import {
  DATE_ORDERS,
  DELIMITER_CHOICES,
  DUPLICATE_POLICIES,
  ENCODING_CHOICES,
  IMPORT_KINDS,
} from './import-targets.ts';
import { PRESET_IDS } from './import-presets.ts';

/** How a file is read and where its rows go; the same for the wizard, its dry run and the CLI. */
export const importOptionsSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  encoding: z.enum(ENCODING_CHOICES).default('auto'),
  delimiter: z.enum(DELIMITER_CHOICES).default('auto'),
  /** Omitted: recognised from the header. */
  preset: z.enum(PRESET_IDS).optional(),
  /** One destination per column, in file order; omitted: the preset's automatic mapping. */
  mapping: z.array(z.string().max(80)).max(500).optional(),
  onDuplicate: z.enum(DUPLICATE_POLICIES).default('skip'),
  /** Needed when numeric dates could be read day-first or month-first. */
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** Between tags in one cell; omitted: the preset's, else the shop's setting. */
  tagSeparator: z.string().min(1, 'must not be empty').max(5, 'must be at most 5 characters').optional(),
  /** Purchase history: create a customer for a reference nobody has. */
  createMissing: z.boolean().default(false),
  /** Purchase history: imported purchases earn loyalty points only when asked. */
  earnPoints: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});
export type ImportOptions = z.output<typeof importOptionsSchema>;
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;

export const importIssueSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const IMPORT_ACTIONS = ['create', 'update', 'skip', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** One row as it will be saved: labelled values, so the wizard can show any kind of import. */
export const previewRowSchema = z.object({
  row: z.number().int(),
  action: z.enum(IMPORT_ACTIONS),
  values: z.record(z.string(), z.string()),
  message: z.string(),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

/** Every row lands in exactly one of imported, updated, skipped and rejected. */
export const importReportSchema = z.object({
  importId: z.string().nullable(),
  dryRun: z.boolean(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  /** Purchase history: customers created for references nobody had. */
  customersCreated: z.number().int(),
  /** The first 1000 rejected rows with their reasons; the rejects CSV has them all. */
  errors: z.array(importIssueSchema),
  skippedRows: z.array(importIssueSchema),
  preview: z.array(previewRowSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const JOB_PHASES = ['reading', 'checking', 'saving', 'writing', 'done'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export const jobProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(JOB_PHASES),
  done: z.number().int(),
  total: z.number().int(),
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }).nullable(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const importRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  importedAt: z.number().int(),
  staffId: z.string().nullable(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  customersCreated: z.number().int(),
  undoneAt: z.number().int().nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const savedMappingSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
  kind: z.enum(IMPORT_KINDS),
  /** Destination by folded header name, so the mapping fits the next export of the same kind. */
  columns: z.record(z.string().max(200), z.string().max(80)),
  tagSeparator: z.string().min(1).max(5).optional(),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export const uploadIdSchema = idSchema;
