import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from './default-db-path.ts';
import { main } from './main.ts';

// Shared by the CLI tests: a throwaway folder, the CLI run in-process or as the real binary,
// and a look at the database from outside the CLI.

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function makeTempDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'regulars-cli-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function runInProcess(args: readonly string[], env: Env): Run {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { status, stdout, stderr };
}

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const BIN = join(ROOT, 'main', 'cli', 'bin.mjs');

/**
 * Runs the real `regulars` binary. HOME and XDG_CONFIG_HOME point into the test's folder, so the
 * default database path can never reach the real user's data; TZ is fixed for stable times.
 */
export function runBinary(args: readonly string[], home: string, env: Env = {}, input = ''): Run {
  const result = spawnSync(NODE, [BIN, ...args], {
    encoding: 'utf8',
    // Standard input: empty unless a test pipes something in (staff set-pin reads the PIN there).
    input,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      TZ: 'UTC',
      ...env,
    },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** What "the database did not change" means: the same rows, and the very same bytes. */
export function snapshot(path: string): { customers: number; interactions: number; sha256: string } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) =>
      db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1;
    return {
      customers: count('customers'),
      interactions: count('interactions'),
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    };
  } finally {
    db.close();
  }
}
