import { z } from 'zod';

export const backupKindSchema = z.enum([
  'automatic',
  'manual',
  'before-restore',
  'before-migration',
  'damaged',
]);
export type BackupKindName = z.infer<typeof backupKindSchema>;

export const backupSchema = z.object({
  /** The file name in the backups folder: what a restore names. */
  file: z.string(),
  kind: backupKindSchema,
  takenAt: z.number(),
  bytes: z.number(),
  /** null when the file cannot be read any more. */
  customers: z.number().nullable(),
  schemaVersion: z.number().nullable(),
});
export type BackupInfo = z.infer<typeof backupSchema>;

const jobSchema = z.enum(['backup', 'restore']);

export const backupStatusSchema = z.object({
  /** damaged: quick_check found damage at start and the file is left alone; read_only: it cannot be saved to. */
  health: z.enum(['ok', 'damaged', 'read_only']),
  /** What SQLite reported, for the damaged case. */
  problems: z.array(z.string()),
  databasePath: z.string(),
  folder: z.string(),
  running: jobSchema.nullable(),
  lastOutcome: z.object({ job: jobSchema, ok: z.boolean(), message: z.string(), at: z.number() }).nullable(),
  /** The newest backup a restore can use (any kind but damaged). */
  latest: backupSchema.nullable(),
  secondCopy: z.object({ ok: z.boolean(), message: z.string(), at: z.number() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupSettingsSchema = z.object({
  /** A folder for a second copy of every backup (a USB stick, a synced folder); '' for none. */
  secondCopyFolder: z.string(),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

const started = z.object({ started: z.literal(true) });

export const backupChannels = {
  'backups:status': { input: z.strictObject({}), output: backupStatusSchema },
  'backups:list': { input: z.strictObject({}), output: z.array(backupSchema) },
  /** Starts a backup; 'backups:changed' says when it ends, and backups:status how. */
  'backups:create': { input: z.strictObject({}), output: started },
  /** Starts a restore from a listed backup; 'backups:restored' follows once the new data is in place. */
  'backups:restore': {
    input: z.strictObject({ file: z.string().min(1, 'is required').max(200) }),
    output: started,
  },
  'backups:getSettings': { input: z.strictObject({}), output: backupSettingsSchema },
  'backups:updateSettings': {
    input: z.strictObject({ secondCopyFolder: z.string().trim().max(1000) }),
    output: backupSettingsSchema,
  },
} as const;
