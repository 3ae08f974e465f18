import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import { nextNotificationCheck, notificationDue } from '../reminders/notification-schedule.ts';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';
import { takeDailyNotification } from './daily-notification.ts';

// The daily notification's schedule, with a fake clock, in Paris time (29 March 2026 has no 02:00).

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('the schedule', () => {
  const day = (y: number, m: number, d: number) => localDayOf(at(y, m, d));

  it('is due from the chosen hour on, once a day', () => {
    expect(notificationDue(at(2026, 5, 4, 8, 59), 9, null)).toBe(false);
    expect(notificationDue(at(2026, 5, 4, 9, 0), 9, null)).toBe(true);
    expect(notificationDue(at(2026, 5, 4, 23, 30), 9, day(2026, 5, 3))).toBe(true); // asleep at 9: later
    expect(notificationDue(at(2026, 5, 4, 10, 0), 9, day(2026, 5, 4))).toBe(false); // shown already
    expect(notificationDue(at(2026, 5, 4, 10, 0), null, null)).toBe(false); // switched off
  });

  it('says when to look again: the hour today, else tomorrow, even across daylight saving', () => {
    expect(nextNotificationCheck(at(2026, 5, 4, 7, 15), 9, null)).toBe(at(2026, 5, 4, 9));
    expect(nextNotificationCheck(at(2026, 5, 4, 9, 30), 9, day(2026, 5, 4))).toBe(at(2026, 5, 5, 9));
    expect(nextNotificationCheck(at(2026, 3, 28, 12), 9, day(2026, 3, 28))).toBe(at(2026, 3, 29, 9));
    // 02:00 does not exist on 29 March in Paris: the first moment after it.
    expect(nextNotificationCheck(at(2026, 3, 28, 12), 2, day(2026, 3, 28))).toBe(at(2026, 3, 29, 3));
    expect(nextNotificationCheck(at(2026, 5, 4, 9, 30), null, null)).toBeNull();
  });
});

describe('the notification', () => {
  let shop: ReminderShop;
  beforeEach(() => {
    shop = makeReminderShop([2026, 5, 4]);
  });
  afterEach(() => shop.dispose());

  it('names who to think of, once on the day, at the chosen hour', () => {
    const ann = shop.customer({ firstName: 'Ann', lastName: 'Lee', birthday: '--05-04' });
    shop.customer({ firstName: 'Bo', birthday: '--05-06' });
    shop.customer({ firstName: 'Cy', birthday: '--05-05' });
    shop.visits(ann, '2026-03-02', '2026-03-16', '2026-03-30'); // every 14 days: overdue
    shop.setToday(2026, 5, 4, 8);
    expect(takeDailyNotification(shop.core.ctx)).toEqual({
      notification: null,
      nextCheckAt: at(2026, 5, 4, 9),
    });
    shop.setToday(2026, 5, 4, 10);
    expect(takeDailyNotification(shop.core.ctx)).toEqual({
      notification: {
        title: '3 customers to think of today',
        body: '1 overdue, 3 birthdays: Ann Lee, Cy and 1 more.',
      },
      nextCheckAt: at(2026, 5, 5, 9),
    });
    expect(takeDailyNotification(shop.core.ctx).notification).toBeNull();
  });

  it('stays quiet on a day with nothing to say, and when switched off', () => {
    shop.setToday(2026, 5, 4, 10);
    expect(takeDailyNotification(shop.core.ctx).notification).toBeNull();
    shop.call('reminders:updateSettings', { notifyHour: null });
    shop.customer({ firstName: 'Di', birthday: '--05-05' });
    shop.setToday(2026, 5, 5, 10);
    expect(takeDailyNotification(shop.core.ctx)).toEqual({ notification: null, nextCheckAt: null });
  });
});
