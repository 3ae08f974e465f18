import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract.ts';
import { createCore } from '../core/core.ts';
import { backUpNow } from '../core/services/backups.ts';
import { createCustomer } from '../core/services/customers.ts';
import { damageCustomersTable } from '../core/test-support/backup-helpers.ts';

// Tests main/index.ts (the lifecycle) against an Electron double: the app, a window, dialogs,
// IPC and the session are recorded, while the core underneath is real, on a temp folder.
// It lives here because main/ holds no other test folder for the shell.

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    gotLock: true,
    appListeners: new Map<string, Listener>(),
    handlers: new Map<string, Listener>(),
    windows: [] as Array<{
      webContents: { id: number; send: ReturnType<typeof vi.fn> };
      focus: ReturnType<typeof vi.fn>;
    }>,
    quit: vi.fn(),
    showErrorBox: vi.fn(),
    permissionRequest: undefined as Listener | undefined,
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents = { id: 100 + state.windows.length, send: vi.fn(), isDestroyed: () => false };
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    on = vi.fn();
    once = vi.fn();
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    constructor() {
      state.windows.push(this);
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => state.gotLock,
      enableSandbox: vi.fn(),
      on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getPreferredSystemLanguages: () => ['it-IT', 'en-US'],
      quit: state.quit,
    },
    BrowserWindow,
    dialog: { showErrorBox: state.showErrorBox },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.handlers.set(channel, handler),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);
const { state } = fake;

/** Imports main/index.ts afresh, as launching the app would, and lets `whenReady` settle. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../index.ts');
  await new Promise((resolve) => setImmediate(resolve));
}

function appEvent(name: string, ...args: unknown[]): unknown {
  const listener = state.appListeners.get(name);
  if (!listener) throw new Error(`main/index.ts does not listen to ${name}`);
  return listener(...args);
}

// The page main/index.ts loads when running from source: main/../renderer/index.html.
const ourPage = pathToFileURL(join(import.meta.dirname, '../../renderer/index.html')).href;

beforeEach(() => {
  state.userData = mkdtempSync(join(tmpdir(), 'regulars-app-'));
  state.gotLock = true;
  state.appListeners.clear();
  state.handlers.clear();
  state.windows.length = 0;
  state.quit.mockClear();
  state.showErrorBox.mockClear();
  state.permissionRequest = undefined;
});

afterEach(() => {
  if (state.appListeners.has('will-quit')) appEvent('will-quit');
  rmSync(state.userData, { recursive: true, force: true });
});

it('leaves a second copy to the running one', async () => {
  state.gotLock = false;
  await launch();
  expect(state.quit).toHaveBeenCalled();
  expect(state.windows).toHaveLength(0);
  expect(state.handlers.size).toBe(0);
});

describe('a normal start', () => {
  beforeEach(launch);

  it('opens one window with the IPC router behind it', () => {
    expect(state.windows).toHaveLength(1);
    expect([...state.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('builds the native menu in the system’s language (Italian here)', () => {
    const calls: unknown[][] = vi.mocked(fake.electron.Menu.setApplicationMenu).mock.calls;
    expect(JSON.stringify(calls.at(-1))).toContain('"label":"Oggi"');
  });

  it("answers the window's calls from the database and pushes the change back", async () => {
    const window = state.windows[0];
    const create = state.handlers.get('customers:create');
    const setupOwner = state.handlers.get('auth:setupOwner');
    if (!window || !create || !setupOwner) throw new Error('not started');
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: ourPage, parent: null } };
    // The desktop app starts with nobody signed in: first the owner is set up, as on a first run.
    expect(create(event, { firstName: 'Anna' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const owner = { owner: { displayName: 'Olive Owner' }, secret: '2468' };
    expect(await setupOwner(event, owner)).toMatchObject({ ok: true, data: { actor: { role: 'owner' } } });
    expect(create(event, { firstName: 'Anna' })).toMatchObject({ ok: true, data: { firstName: 'Anna' } });
    expect(window.webContents.send).toHaveBeenCalledWith('customers:changed', { ids: [expect.any(String)] });
  });

  it('focuses the existing window when the app is started again', () => {
    appEvent('second-instance');
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.focus).toHaveBeenCalled();
  });

  it('guards every webContents created, and refuses permissions', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    appEvent('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-attach-webview', expect.any(Function));
    const callback = vi.fn();
    state.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('closes the core and removes its handlers on quit', () => {
    // SQLite removes the WAL file when the last connection closes: proof the core was closed.
    const wal = join(state.userData, 'regulars.db-wal');
    expect(existsSync(wal)).toBe(true);
    appEvent('will-quit');
    state.appListeners.delete('will-quit');
    expect(state.handlers.size).toBe(0);
    expect(existsSync(wal)).toBe(false);
  });
});

describe('a database it cannot open', () => {
  it('is explained, left untouched, and the app quits', async () => {
    const file = join(state.userData, 'regulars.db');
    const content = 'These are my notes, not a database.\n'.repeat(200);
    writeFileSync(file, content);
    await launch();
    expect(state.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Regulars cannot open its database',
      expect.stringContaining('it was not changed'),
    );
    expect(state.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
    expect(state.handlers.size).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});

describe('a database found damaged at start', () => {
  it('is not opened: the window still opens, and offers the latest good backup', async () => {
    const file = join(state.userData, 'regulars.db');
    const before = createCore(file, { log: () => {} });
    createCustomer(before.ctx, { firstName: 'Anna' });
    const backup = await backUpNow(before.ctx, 'automatic');
    before.close();
    damageCustomersTable(file);
    const damaged = readFileSync(file);

    await launch();
    // quick_check runs in a worker before the core opens.
    await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 10_000 });
    const window = state.windows[0];
    const status = state.handlers.get('backups:status');
    if (!window || !status) throw new Error('not started');
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: ourPage, parent: null } };
    expect(status(event, {})).toMatchObject({
      ok: true,
      data: { health: 'damaged', latest: { file: backup.file, customers: 1 } },
    });
    expect(state.quit).not.toHaveBeenCalled();
    appEvent('will-quit');
    state.appListeners.delete('will-quit');
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });
});
