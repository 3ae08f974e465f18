import { BrowserWindow, type WebPreferences } from 'electron';

export interface MainWindowOptions {
  /** Absolute path of the built preload, out/preload/index.cjs. */
  preloadPath: string;
  /** Absolute path of the built renderer, out/renderer/index.html. */
  indexHtmlPath: string;
  /** Set by `electron-vite dev` (ELECTRON_RENDERER_URL) so the renderer hot-reloads. */
  devServerUrl?: string | undefined;
}

/** Every setting spelled out, even the defaults, so a changed default cannot weaken us silently. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The OS spellchecker would download dictionaries and see every note typed about a customer.
    spellcheck: false,
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Regulars',
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  mainWindow.once('ready-to-show', () => mainWindow.show());
  const loaded = options.devServerUrl
    ? mainWindow.loadURL(options.devServerUrl)
    : mainWindow.loadFile(options.indexHtmlPath);
  loaded.catch((error: unknown) => {
    console.error(`[regulars] the window could not load its page: ${String(error)}`);
  });
  return mainWindow;
}
