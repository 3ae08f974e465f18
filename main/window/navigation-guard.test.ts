import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here, so only its `shell` is replaced; the guard itself runs for real.
const openExternal = vi.hoisted(() => vi.fn((_url: string) => Promise.resolve()));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { guardWebContents } = await import('./navigation-guard.ts');

const indexFileUrl = 'file:///app/out/renderer/index.html';
const appUrl = { indexFileUrl };

/** Enough of a webContents to receive the guard's listeners and window-open handler. */
class FakeWebContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** Emits like Electron does and reports whether a listener vetoed the navigation. */
  attempt(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
  open(url: string): WindowOpenHandlerResponse {
    if (!this.openHandler) throw new Error('no window-open handler was installed');
    return this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
    } as HandlerDetails);
  }
}

let contents: FakeWebContents;
beforeEach(() => {
  openExternal.mockClear();
  contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, appUrl);
});

describe.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s', (eventName) => {
  it('lets the app move between its own routes', () => {
    expect(contents.attempt(eventName, `${indexFileUrl}#/customers`)).toBe(false);
  });

  it.each(['https://evil.test/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://localhost:5173/'])(
    'stops %s',
    (url) => {
      expect(contents.attempt(eventName, url)).toBe(true);
    },
  );
});

describe('a link clicked in the main frame', () => {
  it('opens a mail link in the mail program instead of the window', () => {
    expect(contents.attempt('will-navigate', 'mailto:anna@example.com')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('mailto:anna@example.com');
  });

  it('sends a file: link nowhere', () => {
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not open anything for a server redirect', () => {
    expect(contents.attempt('will-redirect', 'https://example.com/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it.each(['https://example.com/menu', 'mailto:x@y.z', 'tel:+441234', 'sms:+441234'])(
    'denies the window and hands %s to the OS',
    (url) => {
      expect(contents.open(url)).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
    },
  );

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://evil.com@127.0.0.1',
    indexFileUrl,
  ])('denies %s and opens nothing', (url) => {
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives the OS having no handler for the link', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    openExternal.mockRejectedValueOnce(new Error('no application'));
    expect(contents.open('tel:+441234')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('tel:+441234')));
    warn.mockRestore();
  });
});

it('refuses to attach a webview', () => {
  expect(contents.attempt('will-attach-webview', 'https://evil.test/')).toBe(true);
});
