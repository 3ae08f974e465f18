import { z } from 'zod';

export const appChannels = {
  'app:info': {
    input: z.strictObject({}),
    output: z.object({ version: z.string(), databasePath: z.string(), sqliteVersion: z.string() }),
  },
} as const;
