import { posix, win32 } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/** The desktop app's name; Electron derives `app.getPath('userData')` from it. */
const APP_NAME = 'Regulars';
const DB_FILE = 'regulars.db';

/**
 * Where the desktop app keeps its database, computed the way Electron computes
 * `app.getPath('userData')`, so the CLI and the app work on the same file without being told.
 * Pure (platform, env and home are passed in) so every platform can be tested on any machine.
 */
export function defaultDatabasePath(platform: NodeJS.Platform, env: Env, homedir: string): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(homedir, 'AppData', 'Roaming');
    return win32.join(appData, APP_NAME, DB_FILE);
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_NAME, DB_FILE);
  }
  // Linux and the BSDs follow the XDG base directory spec, as Chromium does.
  const configHome = nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(homedir, '.config');
  return posix.join(configHome, APP_NAME, DB_FILE);
}

/** `--db` beats `REGULARS_DB`, which beats the desktop app's file. */
export function resolveDatabasePath(
  flag: string | undefined,
  platform: NodeJS.Platform,
  env: Env,
  homedir: string,
): string {
  return nonEmpty(flag) ?? nonEmpty(env.REGULARS_DB) ?? defaultDatabasePath(platform, env, homedir);
}

// An empty variable (`REGULARS_DB= regulars …`) means "not set", as it does for XDG variables.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
