import { BrowserWindow, type WebPreferences } from 'electron';
import { MIN_SIZE, type Rect } from './window-state.ts';

export interface MainWindowOptions {
  /** Absolute path of the built preload, out/preload/index.cjs. */
  preloadPath: string;
  /** Absolute path of the built renderer, out/renderer/index.html. */
  indexHtmlPath: string;
  /** Set by `electron-vite dev` (ELECTRON_RENDERER_URL) so the renderer hot-reloads. */
  devServerUrl?: string | undefined;
  /** Where it opens (see placeWindow): where it was left last time. */
  placement?: (Rect & { maximized: boolean }) | undefined;
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
  const placement = options.placement;
  const mainWindow = new BrowserWindow({
    ...(placement
      ? { x: placement.x, y: placement.y, width: placement.width, height: placement.height }
      : { width: 1280, height: 800 }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Regulars',
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  mainWindow.once('ready-to-show', () => {
    if (placement?.maximized) mainWindow.maximize();
    mainWindow.show();
  });
  const loaded = options.devServerUrl
    ? mainWindow.loadURL(options.devServerUrl)
    : mainWindow.loadFile(options.indexHtmlPath);
  loaded.catch((error: unknown) => {
    console.error(`[regulars] the window could not load its page: ${String(error)}`);
  });
  return mainWindow;
}
