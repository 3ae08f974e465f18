// Starts `node main/web/serve.ts` for one test and stops it again, whatever happens in between.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { READY_LINE_PREFIX } from '../main/web/ready-line.ts';

const root = join(import.meta.dirname, '..');
// The project's Node: better-sqlite3 is built for it, and it runs serve.ts as TypeScript.
const node = join(root, 'node_modules', '.bin', 'node');
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

export interface AppServer {
  /** http://127.0.0.1:PORT/#token=… */
  url: string;
  origin: string;
  token: string;
  /** Calls the API as the page would, to check what the UI claims against the database. */
  invoke(channel: string, input: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

// Last line of defense: should a worker exit without running fixture teardown, no server outlives it.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited(child);
    clearTimeout(timer);
  }
  running.delete(child);
}

function waitForReadyLine(child: ChildProcess): Promise<string> {
  const stdout = child.stdout;
  if (!stdout) return Promise.reject(new Error('serve.ts has no stdout'));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    const timer = setTimeout(
      () => fail(`no ${READY_LINE_PREFIX.trim()} line within ${READY_TIMEOUT_MS} ms`),
      READY_TIMEOUT_MS,
    );
    const onExit = (code: number | null) => fail(`serve.ts exited with ${code} before it was ready`);
    function fail(message: string) {
      clearTimeout(timer);
      child.off('exit', onExit);
      reject(new Error(message));
    }
    child.once('exit', onExit);
    lines.on('line', (line) => {
      if (!line.startsWith(READY_LINE_PREFIX)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(line.slice(READY_LINE_PREFIX.length));
    });
  });
}

export async function startAppServer(databasePath: string): Promise<AppServer> {
  const child = spawn(node, [join(root, 'main/web/serve.ts'), '--db', databasePath, '--port', '0'], {
    cwd: root,
    // stderr shows in the test output: slow calls and crashes are worth seeing there.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  let url: string;
  try {
    url = await waitForReadyLine(child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
  return {
    url,
    origin,
    token,
    async invoke(channel, input) {
      const res = await fetch(`${origin}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return res.json();
    },
    stop: () => stop(child),
  };
}
