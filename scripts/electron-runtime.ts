import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** With no network the installer fails within a second; with a slow one we stop waiting here. */
export const INSTALL_TIMEOUT_MS = 60_000;

/**
 * The Electron executable, or null when its runtime was never downloaded. Reads path.txt itself:
 * `require('electron')` would start the very download we want to decide about first.
 */
export function electronRuntimePath(electronDir: string): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const executable = join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** Runs Electron's own installer once, quietly; true when it says it succeeded. */
export function tryInstallElectron(
  electronDir: string,
  node: string,
  timeoutMs = INSTALL_TIMEOUT_MS,
): boolean {
  const result = spawnSync(node, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return result.status === 0;
}
