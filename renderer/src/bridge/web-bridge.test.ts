import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge, UNAUTHORIZED_MESSAGE, UNREACHABLE_MESSAGE } from './web-bridge.ts';

type FetchArgs = Parameters<typeof fetch>;

function fakeFetch(answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = vi.fn(async (...[input, init]: FetchArgs) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return answer(url, init);
  });
  return { fetch: fetchImpl as typeof fetch, calls };
}

/** A response body the test writes to, as a server would write an event stream. */
function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  let closed = false;
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => {
      if (!closed) controller.close();
      closed = true;
    },
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((off) => off()));

describe('createWebBridge invoke', () => {
  it('posts the input with the bearer token and returns the Result from the body', async () => {
    const result = { ok: true, data: { version: '1', databasePath: '/x.db', sqliteVersion: '3.51.3' } };
    const { fetch, calls } = fakeFetch(() => json(result));
    const bridge = createWebBridge({ token: 'tok', fetch });

    await expect(bridge.invoke('customers:search', { query: 'ann' })).resolves.toEqual(result);
    expect(calls[0]?.url).toBe('/api/invoke/customers:search');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.headers).toMatchObject({
      Authorization: 'Bearer tok',
      'Content-Type': 'application/json',
    });
    expect(calls[0]?.init?.body).toBe('{"query":"ann"}');
  });

  it('passes on an error Result even when the HTTP status is not 200', async () => {
    const failure = { ok: false, error: { code: 'invalid_input', message: 'email: bad', field: 'email' } };
    const { fetch } = fakeFetch(() => json(failure, 400));
    await expect(
      createWebBridge({ token: 't', fetch }).invoke('customers:create', { firstName: 'A' }),
    ).resolves.toEqual(failure);
  });

  it('says the link is wrong on 401, and does not even ask without a token', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('nope', { status: 401 }));
    const unauthorized = { ok: false, error: { code: 'internal', message: UNAUTHORIZED_MESSAGE } };
    await expect(createWebBridge({ token: 'old', fetch }).invoke('app:info', {})).resolves.toEqual(
      unauthorized,
    );
    await expect(createWebBridge({ token: null, fetch }).invoke('app:info', {})).resolves.toEqual(
      unauthorized,
    );
    expect(calls).toHaveLength(1);
  });

  it('says Regulars is not reachable when the network fails or something else answers', async () => {
    const unreachable = { ok: false, error: { code: 'internal', message: UNREACHABLE_MESSAGE } };
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(createWebBridge({ token: 't', fetch: down.fetch }).invoke('app:info', {})).resolves.toEqual(
      unreachable,
    );
    const proxy = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(createWebBridge({ token: 't', fetch: proxy.fetch }).invoke('app:info', {})).resolves.toEqual(
      unreachable,
    );
    const stranger = fakeFetch(() => json({ hello: 'world' }));
    await expect(
      createWebBridge({ token: 't', fetch: stranger.fetch }).invoke('app:info', {}),
    ).resolves.toEqual(unreachable);
  });
});

describe('createWebBridge on', () => {
  it('delivers typed events from one shared stream to every listener of that event', async () => {
    const stream = eventStream();
    const { fetch, calls } = fakeFetch(() => stream.response);
    const bridge = createWebBridge({ token: 'tok', fetch });
    const customers = vi.fn();
    const alsoCustomers = vi.fn();
    const interactions = vi.fn();
    unsubscribers.push(
      bridge.on('customers:changed', customers),
      bridge.on('customers:changed', alsoCustomers),
      bridge.on('interactions:changed', interactions),
    );

    stream.write('event: customers:changed\ndata: {"ids":["c1"]}\n\n');
    stream.write('event: interactions:changed\ndata: {"customerIds":["c2"]}\n\n');
    await vi.waitFor(() => expect(interactions).toHaveBeenCalledWith({ customerIds: ['c2'] }));
    expect(customers).toHaveBeenCalledWith({ ids: ['c1'] });
    expect(alsoCustomers).toHaveBeenCalledWith({ ids: ['c1'] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/events');
    expect(calls[0]?.init?.headers).toMatchObject({ Authorization: 'Bearer tok' });
  });

  it('ignores unknown events and payloads that do not match the contract', async () => {
    const stream = eventStream();
    const { fetch } = fakeFetch(() => stream.response);
    const listener = vi.fn();
    unsubscribers.push(createWebBridge({ token: 't', fetch }).on('customers:changed', listener));

    stream.write('event: customers:changed\ndata: {"ids":"not a list"}\n\n');
    stream.write('event: customers:changed\ndata: not json\n\n');
    stream.write('event: something:else\ndata: {}\n\n');
    stream.write('event: customers:changed\ndata: {"ids":[]}\n\n');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener).toHaveBeenCalledWith({ ids: [] });
  });

  it('reconnects after the stream drops, and stops reading once the last listener leaves', async () => {
    const streams = [eventStream(), eventStream()];
    let connection = 0;
    const { fetch, calls } = fakeFetch((_url, init) => {
      const stream = streams[connection++];
      if (!stream) return Promise.reject(new Error('no more streams'));
      init?.signal?.addEventListener('abort', () => stream.close());
      return stream.response;
    });
    const listener = vi.fn();
    const off = createWebBridge({ token: 't', fetch, retryMs: 1 }).on('customers:changed', listener);

    streams[0]?.close();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    streams[1]?.write('event: customers:changed\ndata: {"ids":["after"]}\n\n');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith({ ids: ['after'] }));

    off();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(2);
  });
});
