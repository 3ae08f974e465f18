import { shell, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl, type AppUrlOptions } from './trusted-url.ts';

function openOutside(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  // A missing mail or phone handler is the user's setup, not our failure: note it and carry on.
  shell.openExternal(url).catch((error: unknown) => {
    console.warn(`[regulars] could not open ${url}: ${String(error)}`);
  });
}

/**
 * Keeps any webContents on the app's own pages: the renderer is treated as untrusted, so a
 * compromised or confused page can neither leave the app, nor open windows, nor embed a webview.
 * Applied from `web-contents-created`, so it covers every webContents, not just ours.
 */
export function guardWebContents(contents: WebContents, appUrl: AppUrlOptions): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    // A plain <a href="mailto:…"> should still reach the mail program, just never this window.
    openOutside(event.url);
  });
  // will-navigate sees only the main frame; this catches iframes being sent elsewhere.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  // No second window ever: allowed links go to the OS, everything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
