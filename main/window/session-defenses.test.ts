import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OnHeadersReceivedListenerDetails, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './content-security-policy.ts';
import { applySessionDefenses } from './session-defenses.ts';

// A session double: the defenses only install callbacks, which the tests then call as Chromium would.
function fakeSession() {
  const installed: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (contents: unknown, permission: string, origin: string) => boolean;
    headers?: (details: Partial<OnHeadersReceivedListenerDetails>, callback: (r: unknown) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof installed.request) => (installed.request = handler),
    setPermissionCheckHandler: (handler: typeof installed.check) => (installed.check = handler),
    webRequest: { onHeadersReceived: (handler: typeof installed.headers) => (installed.headers = handler) },
  };
  applySessionDefenses(session as unknown as Session);
  return installed;
}

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'refuses a request for %s',
    (permission) => {
      const callback = vi.fn();
      fakeSession().request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it.each(['media', 'serial', 'usb', 'fullscreen'])('answers a check for %s with no', (permission) => {
    expect(fakeSession().check?.({}, permission, 'file://')).toBe(false);
  });
});

describe('Content-Security-Policy header', () => {
  it('is added to responses, replacing whatever a server sent', () => {
    const callback = vi.fn();
    fakeSession().headers?.(
      {
        url: 'http://localhost:5173/',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('is added when a response has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('forbids what an injected page would need to do harm', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it("is the same policy as the renderer's meta tag", () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
