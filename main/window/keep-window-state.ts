import { writeWindowState, type Rect } from './window-state.ts';

/** The part of a BrowserWindow this needs, so the rule is testable without Electron. */
export interface StatefulWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Saves where the window is as it closes. The normal bounds, not the maximized ones: un-maximizing
 * next time must bring back the size the user chose. A failed write only costs the position, so it
 * is logged and the app closes as usual.
 */
export function keepWindowState(window: StatefulWindow, file: string): void {
  window.on('close', () => {
    try {
      writeWindowState(file, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.warn(`[regulars] the window's position could not be saved: ${String(error)}`);
    }
  });
}
