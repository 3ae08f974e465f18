import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { keepWindowState, type StatefulWindow } from './keep-window-state.ts';
import { readWindowState, type Rect } from './window-state.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regulars-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeWindow(bounds: Rect, maximized: boolean) {
  const listeners: Array<() => void> = [];
  const window: StatefulWindow = {
    on: (_event, listener) => listeners.push(listener),
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
  };
  return { window, close: () => listeners.forEach((listener) => listener()) };
}

it('saves the normal bounds and whether it was maximized when the window closes', () => {
  const file = join(dir, 'window-state.json');
  const { window, close } = fakeWindow({ x: 40, y: 60, width: 1000, height: 700 }, true);
  keepWindowState(window, file);
  expect(readWindowState(file)).toBeNull();
  close();
  expect(readWindowState(file)).toEqual({ x: 40, y: 60, width: 1000, height: 700, maximized: true });
});

it('lets the window close even when the folder cannot be written', () => {
  const { window, close } = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 }, false);
  keepWindowState(window, join(dir, 'missing-folder', 'window-state.json'));
  expect(close).not.toThrow();
});
