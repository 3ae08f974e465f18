// Pure predicates (no electron import) so they can be table-tested and shared by the navigation
// guard, the window-open handler and the IPC sender check.

export interface AppUrlOptions {
  /** file:// URL of the built renderer's index.html; the only page the packaged app shows. */
  indexFileUrl: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); only set during `electron-vite dev`. */
  devServerUrl?: string | undefined;
}

/** Schemes the operating system may open for the user: mail, phone, text and secure web links. */
const EXTERNAL_SCHEMES = new Set(['mailto:', 'tel:', 'sms:', 'https:']);

/** Longer URLs are not links a shop would click; some OS handlers choke on huge arguments. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// "https://bank.com@evil.test" reads as bank.com but goes to evil.test; nothing of ours needs
// credentials in a URL, so any URL carrying them is refused.
function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** True only for the app's own index page (any #route) or, in development, the dev server's origin. */
export function isAppUrl(url: string, options: AppUrlOptions): boolean {
  const candidate = parse(url);
  if (!candidate || hasCredentials(candidate)) return false;
  if (candidate.protocol === 'file:') {
    const index = parse(options.indexFileUrl);
    // The URL parser has already resolved "..", "%2e%2e" and the like, so comparing the
    // normalised paths cannot be fooled by a path that merely ends like ours.
    return index !== null && candidate.host === index.host && candidate.pathname === index.pathname;
  }
  if (!options.devServerUrl) return false;
  const dev = parse(options.devServerUrl);
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false;
  return candidate.origin === dev.origin;
}

/** True for links the app may hand to the operating system: mailto:, tel:, sms: and https: only. */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const candidate = parse(url);
  if (!candidate || !EXTERNAL_SCHEMES.has(candidate.protocol) || hasCredentials(candidate)) return false;
  return candidate.protocol !== 'https:' || candidate.hostname !== '';
}
