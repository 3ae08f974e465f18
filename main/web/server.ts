import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel } from '../../shared/ipc/contract.ts';
import type { AppErrorData, Result } from '../../shared/ipc/result.ts';
import { API_PREFIX, MAX_BODY_BYTES, TOKEN_HASH_PARAM } from '../../shared/ipc/web-protocol.ts';
import type { Core } from '../core/core.ts';
import { openEventStream } from './event-stream.ts';
import { readBody } from './read-body.ts';
import { isAllowedHost, isAllowedOrigin, isAuthorized } from './request-guards.ts';
import { API_HEADERS } from './security-headers.ts';
import { serveStatic } from './static-files.ts';

export interface WebServerOptions {
  core: Pick<Core, 'invoke' | 'subscribe'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0, the default, lets the system pick a free port. */
  port?: number;
  /** A fresh random token per run unless a test fixes one. */
  token?: string;
  heartbeatMs?: number;
}

export interface WebServer {
  /** Opens the app: the token travels in the fragment, which browsers never send to a server. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Only loopback: the API holds customer data and must never be reachable from the network. */
const LOOPBACK = '127.0.0.1';

/** After refusing an oversize body we still read what is in flight, so the client sees the 413. */
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...API_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(
  res: ServerResponse,
  status: number,
  error: AppErrorData,
  extra?: Record<string, string>,
): void {
  sendResult(res, status, { ok: false, error }, extra);
}

function drainWithLimit(req: IncomingMessage): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { core, staticDir, heartbeatMs } = options;
  const token = options.token ?? newToken();
  const openStreams = new Set<() => void>();
  let port = 0;

  async function invoke(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'invalid_input', message: 'Calls use POST.' }, { Allow: 'POST' });
      return;
    }
    if (!isChannel(name)) {
      sendError(res, 404, { code: 'unknown_channel', message: `Unknown channel: ${name.slice(0, 80)}` });
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too_large') {
      drainWithLimit(req);
      sendError(res, 413, {
        code: 'invalid_input',
        message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
      });
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse(body.text);
    } catch {
      sendError(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON' });
      return;
    }
    sendResult(res, 200, await core.invoke(name, input));
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      sendError(res, 405, { code: 'invalid_input', message: 'Events use GET.' }, { Allow: 'GET' });
      return;
    }
    const end = openEventStream(core, res, heartbeatMs);
    openStreams.add(end);
    res.on('close', () => openStreams.delete(end));
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!isAuthorized(req, token)) {
      sendError(
        res,
        401,
        {
          code: 'forbidden',
          message: 'Missing or wrong access token: open Regulars with the link it printed.',
        },
        { 'WWW-Authenticate': 'Bearer' },
      );
      return;
    }
    if (path === `${API_PREFIX}/events`) return events(req, res);
    const invokePrefix = `${API_PREFIX}/invoke/`;
    if (path.startsWith(invokePrefix)) {
      let name: string;
      try {
        name = decodeURIComponent(path.slice(invokePrefix.length));
      } catch {
        name = '';
      }
      return invoke(req, res, name);
    }
    sendError(res, 404, { code: 'not_found', message: 'No such API route.' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      sendError(res, 403, {
        code: 'forbidden',
        message: 'This server answers only on its loopback address.',
      });
      return;
    }
    if (!isAllowedOrigin(req.headers.origin, port)) {
      sendError(res, 403, { code: 'forbidden', message: 'Requests from other sites are refused.' });
      return;
    }
    const path = new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) return api(req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...API_HEADERS, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    await serveStatic(staticDir, path, req.method, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[regulars] web request failed:', error);
      if (res.headersSent) res.destroy();
      else
        sendError(res, 500, {
          code: 'internal',
          message: 'Something went wrong inside Regulars; nothing was changed.',
        });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#${TOKEN_HASH_PARAM}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of openStreams) end();
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}
