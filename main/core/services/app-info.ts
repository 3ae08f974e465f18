import packageJson from '../../../package.json' with { type: 'json' };
import type { CoreContext } from '../context.ts';

export function getAppInfo(ctx: CoreContext): {
  version: string;
  databasePath: string;
  sqliteVersion: string;
} {
  const sqliteVersion = ctx.db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v ?? '';
  return { version: packageJson.version, databasePath: ctx.databasePath, sqliteVersion };
}
