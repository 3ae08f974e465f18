import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { at, makeReminderShop, type ReminderShop } from '../core/test-support/reminder-shop.ts';

// The shell's timer shows the core's notification through Electron's, and a click opens Today.
const shown = vi.hoisted(() => [] as { title: string; body: string; click?: () => void }[]);
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    entry: { title: string; body: string; click?: () => void };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options };
    }
    on(event: string, listener: () => void) {
      if (event === 'click') this.entry.click = listener;
    }
    show() {
      shown.push(this.entry);
    }
  },
}));

const { startDailyNotifications } = await import('./daily-notification.ts');

let shop: ReminderShop;
beforeEach(() => {
  shown.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(at(2026, 5, 4, 8));
  shop = makeReminderShop([2026, 5, 4]);
  shop.customer({ firstName: 'Ann', birthday: '--05-04' });
});
afterEach(() => {
  vi.useRealTimers();
  shop.dispose();
});

it('shows the notification at the chosen hour, once, and opens Today on a click', async () => {
  const openToday = vi.fn();
  shop.setToday(2026, 5, 4, 8);
  const stop = startDailyNotifications(shop.core, openToday);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(shown).toEqual([]); // 8:01, before 9:00
  shop.setToday(2026, 5, 4, 9);
  vi.setSystemTime(at(2026, 5, 4, 9));
  await vi.advanceTimersByTimeAsync(3_600_000);
  expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
    { title: '1 customer to think of today', body: '1 birthday: Ann.' },
  ]);
  shown[0]?.click?.();
  expect(openToday).toHaveBeenCalledOnce();
  await vi.advanceTimersByTimeAsync(3 * 3_600_000);
  expect(shown).toHaveLength(1);
  stop();
});
