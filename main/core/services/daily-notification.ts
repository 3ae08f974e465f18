import { fullName } from '../../../shared/domain/customer.ts';
import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { CoreContext } from '../context.ts';
import {
  nextNotificationCheck,
  notificationDue,
  notificationText,
} from '../reminders/notification-schedule.ts';
import { readReminderSetting } from '../repos/reminder-settings-repo.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { listReminders } from './reminders-today.ts';

/** The local day the notification last showed (or found nothing to show). */
export const LAST_NOTIFIED_KEY = 'reminders.lastNotifiedDay';

export interface DailyNotification {
  notification: { title: string; body: string } | null;
  /** When the shell should ask again; null when notifications are switched off. */
  nextCheckAt: number | null;
}

/**
 * What the shell's timer asks: is today's notification due, and what does it say? Marks the day
 * as notified when it is due, so it shows once a day, on whichever window or process asks first.
 */
export function takeDailyNotification(ctx: CoreContext): DailyNotification {
  const now = ctx.now();
  const hour = readReminderSetting(ctx.db, 'notifyHour');
  const stored = readSetting(ctx.db, LAST_NOTIFIED_KEY);
  const last = typeof stored === 'number' ? stored : null;
  if (!notificationDue(now, hour, last))
    return { notification: null, nextCheckAt: nextNotificationCheck(now, hour, last) };
  const today = localDayOf(now);
  ctx.db.transaction(() => writeSetting(ctx.db, LAST_NOTIFIED_KEY, today))();
  const list = listReminders(ctx, { limit: 2 });
  return {
    notification:
      list.total === 0 ? null : notificationText(list.total, list.counts, list.rows.map(fullName)),
    nextCheckAt: nextNotificationCheck(now, hour, today),
  };
}
