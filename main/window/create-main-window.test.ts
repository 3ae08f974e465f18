import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in BrowserWindow that records how it was built and what it loaded.
const created = vi.hoisted(() => [] as FakeWindow[]);
interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loadURL: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
  once: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
}
vi.mock('electron', () => ({
  BrowserWindow: function (this: FakeWindow, options: BrowserWindowConstructorOptions) {
    this.options = options;
    this.loadURL = vi.fn(() => Promise.resolve());
    this.loadFile = vi.fn(() => Promise.resolve());
    this.once = vi.fn();
    this.show = vi.fn();
    created.push(this);
  },
}));

const { createMainWindow } = await import('./create-main-window.ts');

const paths = { preloadPath: '/app/out/preload/index.cjs', indexHtmlPath: '/app/out/renderer/index.html' };

beforeEach(() => {
  created.length = 0;
});

function build(devServerUrl?: string): FakeWindow {
  createMainWindow({ ...paths, devServerUrl });
  const window = created[0];
  if (!window) throw new Error('no BrowserWindow was created');
  return window;
}

describe('the main window', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (setting, value) => {
    expect(build().options.webPreferences?.[setting]).toBe(value);
  });

  it('uses the built sandboxed preload', () => {
    expect(build().options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('loads the built renderer from disk outside development', () => {
    const window = build();
    expect(window.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(window.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server in development', () => {
    const window = build('http://localhost:5173');
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('stays hidden until its first paint', () => {
    const window = build();
    expect(window.options.show).toBe(false);
    const [eventName, reveal] = window.once.mock.calls[0] as [string, () => void];
    expect(eventName).toBe('ready-to-show');
    reveal();
    expect(window.show).toHaveBeenCalled();
  });
});
