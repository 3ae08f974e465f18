import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl } from './trusted-url.ts';

const indexFileUrl = 'file:///opt/Regulars/resources/app.asar/out/renderer/index.html';
const packaged = { indexFileUrl };
const dev = { indexFileUrl, devServerUrl: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it.each([
    ['the index page', indexFileUrl, packaged],
    ['the index page with a hash route', `${indexFileUrl}#/customers/abc`, packaged],
    ['the dev server root', 'http://localhost:5173/', dev],
    ['a dev server route', 'http://localhost:5173/customers?x=1', dev],
  ])('accepts %s', (_name, url, options) => {
    expect(isAppUrl(url, options)).toBe(true);
  });

  it.each([
    ['another local file', 'file:///etc/passwd', dev],
    [
      'a sibling file in the app folder',
      'file:///opt/Regulars/resources/app.asar/out/renderer/evil.html',
      dev,
    ],
    ['a file ending like ours elsewhere', 'file:///tmp/out/renderer/index.html', dev],
    [
      'a path escaping with ..',
      'file:///opt/Regulars/resources/app.asar/out/renderer/../../x/index.html',
      dev,
    ],
    [
      'our path on a remote file host',
      'file://evil.test/opt/Regulars/resources/app.asar/out/renderer/index.html',
      dev,
    ],
    ['the dev server when not in dev', 'http://localhost:5173/', packaged],
    ['another port', 'http://localhost:5174/', dev],
    ['https instead of http', 'https://localhost:5173/', dev],
    ['another host', 'http://127.0.0.1:5173/', dev],
    ['credentials before the dev host', 'http://evil.com@localhost:5173/', dev],
    [
      'credentials before a loopback host',
      'https://evil.com@127.0.0.1',
      { indexFileUrl, devServerUrl: 'https://127.0.0.1' },
    ],
    ['a lookalike subdomain', 'http://localhost:5173.evil.test/', dev],
    ['a web page', 'https://example.com/', dev],
    ['javascript:', 'javascript:alert(1)', dev],
    ['data:', 'data:text/html,<script>alert(1)</script>', dev],
    ['about:blank', 'about:blank', dev],
    ['garbage', 'not a url', dev],
    ['the empty string', '', dev],
  ])('rejects %s', (_name, url, options) => {
    expect(isAppUrl(url, options)).toBe(false);
  });

  it('rejects everything when the dev server setting is not an http(s) URL', () => {
    expect(isAppUrl('file:///x', { indexFileUrl, devServerUrl: 'file:///x' })).toBe(false);
    expect(isAppUrl('http://localhost:5173/', { indexFileUrl, devServerUrl: 'nonsense' })).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'mailto:anna@example.com',
    'MAILTO:x@y.z',
    'tel:+44 20 7946 0958',
    'sms:+15551234567',
    'https://example.com/menu',
    'HTTPS://EXAMPLE.COM',
  ])('hands %s to the operating system', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in upper case', 'JavaScript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['plain http', 'http://example.com'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['a custom protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['smb: shares', 'smb://evil.test/share'],
    ['credentials hiding the real host', 'https://evil.com@127.0.0.1'],
    ['https without a host', 'https:'],
    ['a relative path', '/customers'],
    ['malformed', 'http//:::'],
    ['the empty string', ''],
    ['an absurdly long link', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
