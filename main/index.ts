import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCoreChecked } from './core/backups/open-checked.ts';
import { startBackupSchedule } from './core/backups/schedule.ts';
import type { Core } from './core/core.ts';
import { warmUp } from './core/warm-up.ts';
import { startPredictionRefresher } from './core/services/prediction-refresher.ts';
import { DatabaseOpenError } from './core/db/open.ts';
import { forwardCoreEvents } from './ipc/forward-events.ts';
import { registerIpcRouter } from './ipc/router.ts';
import { createMainWindow } from './window/create-main-window.ts';
import { appMenuTemplate, menuLanguage } from './window/app-menu.ts';
import { keepWindowState } from './window/keep-window-state.ts';
import { startDailyNotifications } from './window/daily-notification.ts';
import { guardWebContents } from './window/navigation-guard.ts';
import { applySessionDefenses } from './window/session-defenses.ts';
import type { AppUrlOptions } from './window/trusted-url.ts';
import { placeWindow, readWindowState } from './window/window-state.ts';

// Lifecycle only: everything with a rule in it lives in window/ and ipc/, where it is tested.

// Bundled into out/main/index.js, so the preload and the renderer sit beside this folder.
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const indexHtmlPath = join(import.meta.dirname, '../renderer/index.html');
const appUrl: AppUrlOptions = {
  indexFileUrl: pathToFileURL(indexHtmlPath).href,
  // Only an unpackaged app may be pointed at a dev server; a packaged one ignores the variable.
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

let mainWindow: BrowserWindow | undefined;
/** Set once the core is open: before that (or after it failed) there is nothing to show. */
let running = false;

function openWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  // The primary screen first: placeWindow falls back to the first work area it is given.
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
  mainWindow = createMainWindow({
    preloadPath,
    indexHtmlPath,
    devServerUrl: appUrl.devServerUrl,
    placement: placeWindow(readWindowState(stateFile), workAreas),
  });
  keepWindowState(mainWindow, stateFile);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function focusWindow(): void {
  if (!running) return;
  if (!mainWindow) return openWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * Opens the database after a quick_check, or explains why not and quits: the file is left exactly
 * as it was. A damaged file is not opened at all; the core then runs on a read-only stand-in and
 * the window explains and offers the latest good backup.
 */
async function openCore(): Promise<Core | undefined> {
  try {
    return await openCoreChecked(join(app.getPath('userData'), 'regulars.db'), {
      host: { showInFolder: (path) => shell.showItemInFolder(path) },
    });
  } catch (error) {
    const message =
      error instanceof DatabaseOpenError
        ? error.message
        : `Regulars could not start: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('Regulars cannot open its database', message);
    app.quit();
    return undefined;
  }
}

async function start(): Promise<void> {
  applySessionDefenses(session.defaultSession);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        language: menuLanguage(app.getPreferredSystemLanguages()),
        send: (command) => mainWindow?.webContents.send('app:menu', { command }),
      }),
    ),
  );
  const core = await openCore();
  if (!core) return;
  warmUp(core);
  // A restore swaps the file under the same core (see restore.ts): nothing to re-register, only
  // the search paths to warm again; the renderer refetches on the same event.
  const unwatchRestores = core.subscribe((event) => {
    if (event === 'backups:restored') warmUp(core);
  });
  const stopBackups = startBackupSchedule(core);
  const unregister = registerIpcRouter(core, {
    webContentsId: () => mainWindow?.webContents.id,
    appUrl,
  });
  const unsubscribe = forwardCoreEvents(core, () => mainWindow?.webContents);
  // The visit model refits in the background when the shop is quiet; the notification opens Today.
  const refresher = startPredictionRefresher(core);
  const stopNotifications = startDailyNotifications(core, focusWindow);
  app.on('will-quit', () => {
    // A backup still being copied is abandoned; its .partial file is cleaned up by a later one.
    stopBackups();
    unwatchRestores();
    refresher.stop();
    stopNotifications();
    unsubscribe();
    unregister();
    // Closing checkpoints the WAL, so the database is one tidy file after a normal quit.
    core.close();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  running = true;
  openWindow();
}

// A second copy would open the same database; it hands over to the running one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Sandbox every renderer, whatever a window's own preferences say; must precede `ready`.
  app.enableSandbox();
  app.on('second-instance', focusWindow);
  // Registered before any window exists, so every webContents ever created is guarded.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));
  // macOS apps stay in the dock without windows; elsewhere closing the window ends the app.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Regulars could not start', String(error));
      app.quit();
    });
}
