import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.ts';

export { CONTENT_SECURITY_POLICY };

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
