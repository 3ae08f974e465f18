import type { ServerResponse } from 'node:http';
import type { Core } from '../core/core.ts';
import { API_HEADERS } from './security-headers.ts';

/** Proxies and idle timers drop silent connections; a comment line every 15 s keeps it open. */
export const HEARTBEAT_MS = 15_000;

/** One line per field; JSON.stringify never emits a newline, so `data:` is always a single line. */
export function formatEvent(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Streams the core's change events to one client until either side closes. Returns the function
 * that ends the stream, which the server calls on shutdown.
 */
export function openEventStream(
  core: Pick<Core, 'subscribe'>,
  res: ServerResponse,
  heartbeatMs: number = HEARTBEAT_MS,
): () => void {
  res.writeHead(200, {
    ...API_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  // Sends the headers now, so the client knows it is connected before the first event.
  res.write(': connected\n\n');
  const unsubscribe = core.subscribe((event, payload) => {
    res.write(formatEvent(event, payload));
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!res.writableEnded) res.end();
  };
  // The response closes when the client goes away as well as when we end it.
  res.on('close', end);
  return end;
}
