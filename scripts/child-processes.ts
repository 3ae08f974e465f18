import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

/**
 * The project's own Node (the `node` devDependency): better-sqlite3 is built for its ABI, and it
 * runs .ts files, whatever Node happens to be first on the PATH.
 */
export function projectNode(root: string): string {
  const candidates = ['node.exe', 'node'].map((name) => join(root, 'node_modules', 'node', 'bin', name));
  return candidates.find((candidate) => existsSync(candidate)) ?? process.execPath;
}

/** Runs a step whose output matters only when it fails, keeping the terminal to what the user needs. */
export function runQuietly(command: string, args: string[], cwd: string): boolean {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return true;
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) process.stderr.write(`${result.error.message}\n`);
  return false;
}

/**
 * Runs the app in the foreground until it exits. Ctrl+C and SIGTERM go to the child, which shuts
 * down cleanly (closing the database); this process only waits for it and passes on its exit code.
 */
export function runInForeground(command: string, args: string[], cwd: string): Promise<number> {
  const child = spawn(command, args, { cwd, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 + constants.signals[signal] : 1)));
  });
}
