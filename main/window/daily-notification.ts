import { Notification } from 'electron';
import type { Core } from '../core/core.ts';
import { takeDailyNotification } from '../core/services/daily-notification.ts';

// The shell's half of the daily notification: a timer and Electron's Notification. When and
// what to say is the core's (services/daily-notification.ts, tested with a fake clock).

const HOUR_MS = 3_600_000;
/** Looked at least hourly anyway: the hour may change in Settings, the laptop may sleep. */
const MAX_WAIT_MS = HOUR_MS;
const FIRST_LOOK_MS = 10_000;

export function startDailyNotifications(core: Pick<Core, 'ctx'>, openToday: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const look = () => {
    let nextAt: number | null = null;
    try {
      const { notification, nextCheckAt } = takeDailyNotification(core.ctx);
      nextAt = nextCheckAt;
      if (notification && Notification.isSupported()) {
        const shown = new Notification({ title: notification.title, body: notification.body });
        shown.on('click', openToday);
        shown.show();
      }
    } catch (error) {
      console.warn(`[regulars] daily notification failed: ${String(error)}`);
    }
    const wait = nextAt === null ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, Math.max(1000, nextAt - Date.now()));
    timer = setTimeout(look, wait);
  };
  timer = setTimeout(look, FIRST_LOOK_MS);
  return () => clearTimeout(timer);
}
