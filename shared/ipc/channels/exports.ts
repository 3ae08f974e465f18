import { z } from 'zod';
import { exportFileSchema, exportRecordSchema, exportRequestSchema } from '../../domain/exports.ts';
import { idSchema } from '../../domain/interaction.ts';
import { jobProgressSchema } from '../../domain/imports.ts';

export const exportChannels = {
  /** Produces a contact list as a job (progress with exports:status); the file is fetched in chunks. */
  'exports:start': { input: exportRequestSchema, output: z.object({ jobId: z.string() }) },
  'exports:status': {
    input: z.strictObject({ jobId: idSchema }),
    output: jobProgressSchema.extend({ file: exportFileSchema.nullable() }),
  },
  'exports:cancel': {
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** One piece of a finished export's file, base64, in order from 0 to chunks - 1. */
  'exports:chunk': {
    input: z.strictObject({ jobId: idSchema, index: z.number().int().min(0).max(10_000) }),
    output: z.object({ data: z.string() }),
  },
  /** Who sent which contact list out, when, and how many customers were in it. */
  'exports:list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(exportRecordSchema),
  },
} as const;
