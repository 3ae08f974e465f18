import { symlinkSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../shared/ipc/web-protocol.ts';
import { fingerprint } from '../core/test-support/db-fingerprint.ts';
import { startWebServer } from './server.ts';
import { rawRequest, startHarness, type Harness } from './test-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const josé = { firstName: 'José', lastName: 'Núñez', phone: '+39 333 123 4567', email: 'jose@example.com' };

function json(res: { body: string }): unknown {
  return JSON.parse(res.body);
}

describe('the web server', () => {
  it('listens on loopback only and hands out a fresh token in the fragment', async () => {
    const other = await startHarness();
    try {
      expect(h.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
      expect(h.server.url).toContain(`:${h.server.port}/`);
      expect(other.server.token).not.toBe(h.server.token);
      const res = await rawRequest(h.server.port, { path: '/' });
      expect(res.status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('refuses calls without the token or with a wrong one, and changes nothing', async () => {
    const before = fingerprint(h.core.ctx.db);
    const path = '/api/invoke/customers%3Acreate';
    const body = JSON.stringify(josé);
    const missing = await rawRequest(h.server.port, { method: 'POST', path, body });
    const wrong = await h.invokeRaw('customers:create', body, { Authorization: `Bearer ${'A'.repeat(43)}` });
    const notBearer = await h.invokeRaw('customers:create', body, { Authorization: h.server.token });
    for (const res of [missing, wrong, notBearer]) {
      expect(res.status).toBe(401);
      expect(json(res)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const events = await rawRequest(h.server.port, { path: '/api/events' });
    expect(events.status).toBe(401);
    expect(fingerprint(h.core.ctx.db)).toEqual(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const port = h.server.port;
    const auth = { Authorization: `Bearer ${h.server.token}` };
    const evilHost = await h.invokeRaw('app:info', '{}', { Host: `evil.example:${port}` });
    expect(evilHost.status).toBe(403);
    const evilPage = await rawRequest(port, { path: '/', headers: { Host: `evil.example:${port}` } });
    expect(evilPage.status).toBe(403);
    const otherPort = await h.invokeRaw('app:info', '{}', { Host: `127.0.0.1:${port + 1}` });
    expect(otherPort.status).toBe(403);
    const evilOrigin = await h.invokeRaw('app:info', '{}', { Origin: 'https://evil.example' });
    expect(evilOrigin.status).toBe(403);
    const nullOrigin = await h.invokeRaw('app:info', '{}', { Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const ok = await rawRequest(port, {
        method: 'POST',
        path: '/api/invoke/app:info',
        headers: { ...auth, Host: host, Origin: `http://${host}` },
        body: '{}',
      });
      expect(ok.status).toBe(200);
    }
  });

  it('refuses an oversize body with 413 and stores nothing', async () => {
    const before = fingerprint(h.core.ctx.db);
    const huge = JSON.stringify({ ...josé, notes: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await h.invokeRaw('customers:create', huge);
    expect(res.status).toBe(413);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Chunked, so the size is only known while reading.
    const chunked = await h.invokeRaw('customers:create', Buffer.from(huge), {
      'Transfer-Encoding': 'chunked',
    });
    expect(chunked.status).toBe(413);
    expect(fingerprint(h.core.ctx.db)).toEqual(before);
  });

  it('answers 400 to a body that is not JSON', async () => {
    for (const body of ['{"firstName":', 'NaN', '', "{'a':1}"]) {
      const res = await h.invokeRaw('customers:create', body);
      expect(res.status).toBe(400);
      expect(json(res)).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: 'The request body is not valid JSON' },
      });
    }
  });

  it('answers 404 to an unknown channel and 405 to the wrong method', async () => {
    // Object's own keys too: a lookup by `in` or `[name]` would find these on any map.
    for (const name of ['customers:drop', '__proto__', 'constructor', 'toString', 'APP:INFO', 'app:info/x']) {
      const unknown = await h.invoke(name, {});
      expect(unknown.status, name).toBe(404);
      expect(json(unknown), name).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    const badEscape = await rawRequest(h.server.port, {
      method: 'POST',
      path: '/api/invoke/%E0%A4%A',
      headers: { Authorization: `Bearer ${h.server.token}` },
      body: '{}',
    });
    expect(badEscape.status).toBe(404);
    const auth = { Authorization: `Bearer ${h.server.token}` };
    const getInvoke = await rawRequest(h.server.port, { path: '/api/invoke/app:info', headers: auth });
    expect(getInvoke.status).toBe(405);
    const postEvents = await rawRequest(h.server.port, {
      method: 'POST',
      path: '/api/events',
      headers: auth,
    });
    expect(postEvents.status).toBe(405);
    const postPage = await rawRequest(h.server.port, { method: 'POST', path: '/' });
    expect(postPage.status).toBe(405);
  });

  it('creates a customer and finds it by an accent-free part of the name and by phone digits', async () => {
    const created = await h.invoke('customers:create', josé);
    expect(created.status).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const customer = json(created) as { ok: true; data: { id: string } };
    expect(customer).toMatchObject({ ok: true, data: { firstName: 'José', lastName: 'Núñez' } });
    for (const query of ['nunez', '4567']) {
      const found = await h.invoke('customers:search', { query });
      expect(json(found)).toMatchObject({ ok: true, data: [{ id: customer.data.id }] });
    }
    const invalid = await h.invoke('customers:create', { firstName: 'Ann', email: 'not-an-email' });
    expect(json(invalid)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'email' } });
  });

  it('streams customers:changed to an events client after a create', async () => {
    const events = await openEvents(h.server.port, h.server.token);
    const created = json(await h.invoke('customers:create', josé)) as { data: { id: string } };
    const text = await events.waitFor('event: customers:changed');
    expect(text).toContain(`event: customers:changed\ndata: {"ids":["${created.data.id}"]}\n\n`);
    expect(events.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    events.close();
  });

  it('unsubscribes from the core when an events client goes away', async () => {
    let listeners = 0;
    const counted = await startWebServer({
      staticDir: h.staticDir,
      core: {
        invoke: (channel, input) => h.core.invoke(channel, input),
        subscribe(listener) {
          listeners++;
          const unsubscribe = h.core.subscribe(listener);
          return () => {
            listeners--;
            unsubscribe();
          };
        },
      },
    });
    try {
      const events = await openEvents(counted.port, counted.token);
      expect(listeners).toBe(1);
      events.close();
      await expect.poll(() => listeners).toBe(0);
    } finally {
      await counted.close();
    }
  });

  it('sends heartbeats and ends event streams promptly on close', async () => {
    await h.close();
    h = await startHarness({ heartbeatMs: 20 });
    const events = await openEvents(h.server.port, h.server.token);
    await events.waitFor(': heartbeat');
    const started = performance.now();
    const ended = new Promise<void>((resolve) => events.response.on('close', resolve));
    await h.server.close();
    await ended;
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('serves the renderer with its content type and security headers', async () => {
    const page = await rawRequest(h.server.port, { path: '/' });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await rawRequest(h.server.port, { path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("app");');
    const missing = await rawRequest(h.server.port, { path: '/assets/nope.js' });
    expect(missing.status).toBe(404);
  });

  it('never serves a file outside the static folder', async () => {
    symlinkSync(join(h.dir, 'package.json'), join(h.staticDir, 'linked.json'));
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/%252e%252e/package.json',
      '/..%5cpackage.json',
      '/%00/../package.json',
      '/linked.json',
    ];
    for (const path of attempts) {
      const res = await rawRequest(h.server.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
  });
});

interface EventsClient {
  response: IncomingMessage;
  waitFor(text: string): Promise<string>;
  close(): void;
}

function openEvents(port: number, token: string): Promise<EventsClient> {
  return new Promise((resolve, reject) => {
    const req = get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/events',
        headers: { Authorization: `Bearer ${token}` },
        agent: false,
      },
      (response) => {
        let received = '';
        const waiters: (() => void)[] = [];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          received += chunk;
          for (const wake of waiters.splice(0)) wake();
        });
        const waitFor = async (text: string) => {
          while (!received.includes(text)) await new Promise<void>((wake) => waiters.push(wake));
          return received;
        };
        resolve({ response, waitFor, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
  });
}
