import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, writeWindowState, type WindowState } from './window-state.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('where the window opens', () => {
  it('where it was left, at the size it had', () => {
    const saved: WindowState = { x: 100, y: 50, width: 1100, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ ...saved });
  });

  it('on the second monitor when it was left there and the monitor is still plugged in', () => {
    const saved: WindowState = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('centred on the laptop when the monitor it was on has been unplugged', () => {
    const saved: WindowState = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({
      x: 80,
      y: 38,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('shrunk to the screen and pulled back inside when it no longer fits', () => {
    const saved: WindowState = { x: 1300, y: 20, width: 2400, height: 1300, maximized: false };
    // Only 140 px of title bar on the laptop: enough to grab, so it stays on this screen.
    expect(placeWindow(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
  });

  it('never smaller than the minimum size, whatever the file says', () => {
    const saved: WindowState = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(placeWindow(saved, [laptop])).toMatchObject({ width: 900, height: 600 });
  });

  it('with the default size on the primary screen the first time', () => {
    expect(placeWindow(null, [monitorOnTheRight, laptop])).toEqual({
      x: 1440 + 640,
      y: 300,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });
});

describe('the window-state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'regulars-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written', () => {
    const file = join(dir, 'window-state.json');
    const state: WindowState = { x: -1200, y: 30, width: 1000, height: 700, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
  });

  it('is ignored, not trusted, when missing, garbled or of the wrong shape', () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": 1, "y"');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 1, y: 2, width: -5, height: 10, maximized: false }));
    expect(readWindowState(file)).toBeNull();
    // Reading never repairs or deletes the file: it stays for someone to look at.
    expect(readFileSync(file, 'utf8')).toContain('-5');
  });
});
