import { z } from 'zod';

export const appChannels = {
  'app:info': {
    input: z.strictObject({}),
    output: z.object({ version: z.string(), databasePath: z.string(), sqliteVersion: z.string() }),
  },
  /**
   * Shows the database file in the computer's file manager (the desktop app); shown: false where
   * the host cannot (the browser mode), so the screen points at the path instead.
   */
  'app:showDataFolder': { input: z.strictObject({}), output: z.object({ shown: z.boolean() }) },
} as const;
