import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.ts';

export { CONTENT_SECURITY_POLICY };

/** On every response: no MIME sniffing, and the page's URL never leaks in a Referer. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The renderer's files: they change with every build, so the browser must revalidate. */
export const STATIC_HEADERS = {
  ...COMMON_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
} as const;

/** Customer data must never land in a cache on disk. */
export const API_HEADERS = {
  ...COMMON_HEADERS,
  'Cache-Control': 'no-store',
} as const;
