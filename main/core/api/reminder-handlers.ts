import { customerOutlook } from '../services/customer-outlook.ts';
import { listPredictions } from '../services/predictions.ts';
import {
  addOneOff,
  cancelOneOff,
  dismissReminders,
  markRemindersDone,
  setContactPlan,
  setTagRule,
  snoozeReminders,
} from '../services/reminder-actions.ts';
import { getReminderSettings, updateReminderSettings } from '../services/reminder-settings.ts';
import { listReminders } from '../services/reminders-today.ts';
import type { HandlerMap } from './handlers.ts';

export const reminderHandlers: HandlerMap<
  | 'reminders:today'
  | 'reminders:customer'
  | 'reminders:done'
  | 'reminders:dismiss'
  | 'reminders:snooze'
  | 'reminders:setPlan'
  | 'reminders:addOneOff'
  | 'reminders:cancelOneOff'
  | 'reminders:settings'
  | 'reminders:updateSettings'
  | 'reminders:setTagRule'
  | 'predictions:list'
> = {
  'reminders:today': (ctx, input) => listReminders(ctx, input),
  'reminders:customer': (ctx, input) => customerOutlook(ctx, input.customerId),
  'reminders:done': (ctx, input) => markRemindersDone(ctx, input),
  'reminders:dismiss': (ctx, input) => dismissReminders(ctx, input),
  'reminders:snooze': (ctx, input) => snoozeReminders(ctx, input),
  'reminders:setPlan': (ctx, input) => setContactPlan(ctx, input),
  'reminders:addOneOff': (ctx, input) => addOneOff(ctx, input),
  'reminders:cancelOneOff': (ctx, input) => cancelOneOff(ctx, input),
  'reminders:settings': (ctx) => getReminderSettings(ctx),
  'reminders:updateSettings': (ctx, input) => updateReminderSettings(ctx, input),
  'reminders:setTagRule': (ctx, input) => setTagRule(ctx, input),
  'predictions:list': (ctx, input) => listPredictions(ctx, input.asOf),
};
