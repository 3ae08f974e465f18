import { z } from 'zod';
import { idSchema } from '../../domain/interaction.ts';
import { PRESET_IDS } from '../../domain/import-presets.ts';
import { DELIMITER_CHOICES, ENCODING_CHOICES, IMPORT_KINDS } from '../../domain/import-targets.ts';
import {
  importOptionsSchema,
  importRecordSchema,
  importReportSchema,
  jobProgressSchema,
  savedMappingSchema,
} from '../../domain/imports.ts';

/** Base64 of at most 600 kB of the file per call: well inside the web transport's 1 MB body limit. */
export const UPLOAD_CHUNK_BYTES = 600 * 1024;

const base64 = z
  .string()
  .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4, 'must be at most 600 kB of the file')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

const ORDER_VERDICTS = ['dmy', 'mdy', 'ambiguous', 'conflict', 'none'] as const;

export const importChannels = {
  /** Sends the next chunk of a chosen file; without an uploadId it starts a new upload. */
  'imports:upload': {
    input: z.strictObject({
      uploadId: idSchema.optional(),
      fileName: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
      chunk: base64,
    }),
    output: z.object({ uploadId: z.string(), size: z.number().int() }),
  },
  /** How the uploaded file reads: encoding, delimiter, header, a sample and a first mapping. */
  'imports:inspect': {
    input: z.strictObject({
      uploadId: idSchema,
      kind: z.enum(IMPORT_KINDS),
      encoding: z.enum(ENCODING_CHOICES).default('auto'),
      delimiter: z.enum(DELIMITER_CHOICES).default('auto'),
    }),
    output: z.object({
      fileName: z.string(),
      size: z.number().int(),
      encoding: z.string(),
      bom: z.boolean(),
      delimiter: z.string(),
      headers: z.array(z.string()),
      sample: z.array(z.array(z.string())),
      rowCount: z.number().int(),
      preset: z.enum(PRESET_IDS),
      mapping: z.array(z.string()),
      tagSeparator: z.string(),
      dateColumns: z.array(z.object({ column: z.number().int(), verdict: z.enum(ORDER_VERDICTS) })),
    }),
  },
  /** Starts the import, or with dryRun its rehearsal, as a job to poll with imports:status. */
  'imports:start': {
    input: z.strictObject({ uploadId: idSchema, options: importOptionsSchema }),
    output: z.object({ jobId: z.string() }),
  },
  'imports:status': {
    input: z.strictObject({ jobId: idSchema }),
    output: jobProgressSchema.extend({ report: importReportSchema.nullable() }),
  },
  /** Stops a running import: nothing of it is saved. */
  'imports:cancel': {
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** The rejected rows of a finished import or dry run, with the reason for each, as CSV text. */
  'imports:rejects': {
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ fileName: z.string(), csv: z.string() }),
  },
  'imports:list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(importRecordSchema),
  },
  /** Takes a whole import back: what it created is removed, what it changed is put back. */
  'imports:undo': {
    input: z.strictObject({ importId: idSchema }),
    output: z.object({
      removedCustomers: z.number().int(),
      restoredCustomers: z.number().int(),
      removedInteractions: z.number().int(),
    }),
  },
  'imports:mappings': { input: z.strictObject({}), output: z.array(savedMappingSchema) },
  /** Saves (or replaces, by name) a column mapping to reuse on the next file of the same kind. */
  'imports:saveMapping': { input: savedMappingSchema, output: z.array(savedMappingSchema) },
  'imports:deleteMapping': {
    input: z.strictObject({ name: z.string().trim().min(1).max(60) }),
    output: z.array(savedMappingSchema),
  },
} as const;
