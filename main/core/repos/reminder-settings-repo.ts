import {
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_SETTING_KEYS,
  reminderSettingsSchema,
  type ReminderSettings,
} from '../../../shared/domain/reminder-settings.ts';
import type { Db } from '../db/open.ts';
import { readSetting, writeSetting } from './settings-repo.ts';

const NAMES = Object.keys(REMINDER_SETTING_KEYS) as (keyof ReminderSettings)[];

/** One setting, or its default when missing or no longer valid (a value written by a newer version). */
export function readReminderSetting<K extends keyof ReminderSettings>(db: Db, name: K): ReminderSettings[K] {
  const stored = readSetting(db, REMINDER_SETTING_KEYS[name]);
  if (stored === undefined) return DEFAULT_REMINDER_SETTINGS[name];
  const parsed = reminderSettingsSchema.shape[name].safeParse(stored);
  return parsed.success ? (parsed.data as ReminderSettings[K]) : DEFAULT_REMINDER_SETTINGS[name];
}

export function readReminderSettings(db: Db): ReminderSettings {
  const settings = { ...DEFAULT_REMINDER_SETTINGS };
  for (const name of NAMES) Object.assign(settings, { [name]: readReminderSetting(db, name) });
  return settings;
}

export function writeReminderSettings(db: Db, changes: Partial<ReminderSettings>): void {
  for (const name of NAMES) {
    if (changes[name] !== undefined) writeSetting(db, REMINDER_SETTING_KEYS[name], changes[name]);
  }
}
