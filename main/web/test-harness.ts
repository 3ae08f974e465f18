// Test support: a real core on a temp SQLite file behind the real server on a free port.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../core/core.ts';
import { TEST_ACTOR } from '../core/test-support/test-actor.ts';
import { API_PREFIX } from '../../shared/ipc/web-protocol.ts';
import { startWebServer, type WebServer, type WebServerOptions } from './server.ts';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** node:http rather than fetch: tests need to send odd Host headers and un-normalized paths. */
export function rawRequest(port: number, { method = 'GET', path, headers = {}, body }: RawRequest) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface Harness {
  dir: string;
  staticDir: string;
  core: Core;
  server: WebServer;
  /** POSTs a raw body (already JSON text, or deliberately not) to a channel with the right token. */
  invokeRaw(channel: string, body: string | Buffer, headers?: Record<string, string>): Promise<RawResponse>;
  invoke(channel: string, input: unknown): Promise<RawResponse>;
  close(): Promise<void>;
}

/**
 * `signedIn: false` starts the way the app does, with nobody signed in (sign-in and permission
 * tests); by default the core acts with the owner's rights, like the CLI.
 */
export async function startHarness(
  options: Partial<WebServerOptions> & { signedIn?: boolean } = {},
): Promise<Harness> {
  const { signedIn = true, ...serverOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), 'regulars-web-'));
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Regulars</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  // A file just outside the static folder: what a path traversal would be after.
  writeFileSync(join(dir, 'package.json'), '{"secret": true}');
  const core = createCore(join(dir, 'regulars.db'), {
    log: () => {},
    ...(signedIn ? { actor: TEST_ACTOR } : {}),
  });
  const server = await startWebServer({ core, staticDir, ...serverOptions });
  const invokeRaw = (channel: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      method: 'POST',
      path: `${API_PREFIX}/invoke/${encodeURIComponent(channel)}`,
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
      body,
    });
  return {
    dir,
    staticDir,
    core,
    server,
    invokeRaw,
    invoke: (channel, input) => invokeRaw(channel, JSON.stringify(input)),
    async close() {
      await server.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
