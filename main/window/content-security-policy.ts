import type { Session } from 'electron';

/**
 * The renderer's policy. renderer/index.html carries the same string as a meta tag (a test keeps
 * the two equal); the header matters because `frame-ancestors` is ignored in a meta tag and
 * because the header also covers the dev server's responses.
 * Styles allow 'unsafe-inline' only because Mantine writes its CSS variables inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string | string[]>;

/** Returns the headers with ours as the only CSP, whatever case a server used for its own. */
export function withContentSecurityPolicy(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/**
 * Stamps the policy on every response of the session. The window can only ever show the app's
 * own pages (the navigation guard sees to that), and browsers ignore a CSP on non-documents, so
 * "every response" is "the app's pages" without a URL test that could be got wrong.
 * (file:// responses may not pass through webRequest; the meta tag covers those.)
 */
export function applyContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
