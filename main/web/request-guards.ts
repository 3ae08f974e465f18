import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding defense: a hostile page that points its own name at 127.0.0.1 still sends its
 * own name in Host, so only our loopback names with our port are served.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const normalized = host.toLowerCase();
  return normalized === `127.0.0.1:${port}` || normalized === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin and on POST requests; anything but our own page is refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const normalized = origin.toLowerCase();
  return normalized === `http://127.0.0.1:${port}` || normalized === `http://localhost:${port}`;
}

/** Compares in constant time; hashing first makes the lengths equal, so length leaks nothing either. */
export function tokenMatches(candidate: string, expected: string): boolean {
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export function isAuthorized(req: IncomingMessage, expected: string): boolean {
  const candidate = bearerToken(req);
  return candidate !== undefined && tokenMatches(candidate, expected);
}
