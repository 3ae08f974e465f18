/**
 * The renderer's Content Security Policy, sent as a header by the Electron session and by the web
 * transport. renderer/index.html carries the same string as a meta tag (a test keeps them equal);
 * the header matters because browsers ignore `frame-ancestors` in a meta tag.
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
