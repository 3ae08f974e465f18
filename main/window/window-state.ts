import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

// The window opens where it was left, at the size it had. Kept in a small JSON file beside the
// database rather than in it: it is the desktop's business, not the shop's data, and a file that
// turns out unreadable costs nothing but a centred window.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must be on a screen for the window to be reachable with a mouse. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed over, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/**
 * Where to open the window: the saved place if its title bar is still on one of today's screens
 * (a monitor may have been unplugged since), at most as large as that screen; otherwise the
 * default size centred on the primary screen. Maximized comes back maximized either way.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): Rect & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const maximized = saved?.maximized ?? false;
  if (saved) {
    const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: GRAB_HEIGHT };
    const screen = workAreas.find((area) => {
      const visible = overlap(titleBar, area);
      return visible !== null && visible.width >= Math.min(GRAB_WIDTH, saved.width);
    });
    if (screen) {
      const width = Math.max(MIN_SIZE.width, Math.min(saved.width, screen.width));
      const height = Math.max(MIN_SIZE.height, Math.min(saved.height, screen.height));
      // Pulled back inside the screen when the size had to shrink or it hung off an edge.
      const x = Math.min(
        Math.max(saved.x, screen.x),
        screen.x + screen.width - Math.min(width, screen.width),
      );
      const y = Math.min(
        Math.max(saved.y, screen.y),
        screen.y + screen.height - Math.min(height, screen.height),
      );
      return { x, y, width, height, maximized };
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized,
  };
}
