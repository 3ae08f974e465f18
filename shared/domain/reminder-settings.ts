import { z } from 'zod';
import { INTERACTION_KINDS } from './interaction.ts';

// Settings → Reminders. Each value lives under its own key in the settings table
// (`reminders.<name>` or `prediction.<name>`), so a missing one reads as its default.

export const postPurchaseRuleSchema = z.strictObject({
  /** Assigned when the rule is first saved; it names the rule in done/dismissed reminders. */
  id: z.string().min(1).max(64).optional(),
  kind: z.enum(INTERACTION_KINDS),
  days: z
    .number()
    .int('must be whole days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days'),
  note: z.string().trim().max(200, 'must be at most 200 characters').default(''),
});
export type PostPurchaseRule = Required<z.output<typeof postPurchaseRuleSchema>>;

const fields = {
  /** Which kinds of interaction count as a visit for the rhythm and the model. */
  visitKinds: z
    .array(z.enum(INTERACTION_KINDS))
    .min(1, 'choose at least one kind')
    .max(INTERACTION_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'lists a kind twice'),
  /** Overdue at this multiple of the usual interval (due at 1×). */
  overdueFactor: z.number().min(1.05, 'must be above 1').max(10, 'must be at most 10'),
  /** Beyond this multiple the customer leaves the due list (at-risk and the customer list take over). */
  stopAfterFactor: z.number().min(1.1, 'must be above 1').max(50, 'must be at most 50'),
  birthdayDaysAhead: z.number().int().min(0, 'must not be negative').max(60, 'must be at most 60 days'),
  /** Date custom fields remembered every year like birthdays; null: every date field. */
  importantDateFieldIds: z.array(z.string().min(1).max(64)).max(50).nullable(),
  /** At risk below this probability of still being active… */
  atRiskBelow: z.number().gt(0, 'must be above 0').lt(1, 'must be below 1'),
  /** …and above this one (below it the customer is taken as gone). */
  lostBelow: z.number().min(0, 'must not be negative').lt(1, 'must be below 1'),
  /** "Used to visit often": at least this many visits. */
  atRiskMinVisits: z.number().int().min(2, 'must be at least 2').max(1000),
  postPurchaseRules: z.array(postPurchaseRuleSchema).max(20, 'at most 20 rules'),
  /** Hour of the day (0–23) for the desktop notification; null: no notification. */
  notifyHour: z.number().int().min(0).max(23).nullable(),
  /** Fewer customers with a repeat visit than this: no model, rhythm rules only. */
  minRepeatCustomers: z.number().int().min(1, 'must be at least 1').max(1_000_000),
};

export const reminderSettingsSchema = z.object({
  ...fields,
  postPurchaseRules: z.array(postPurchaseRuleSchema.required()),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const reminderSettingsUpdateSchema = z.strictObject(fields).partial();
export type ReminderSettingsUpdate = z.input<typeof reminderSettingsUpdateSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  visitKinds: ['visit', 'purchase'],
  overdueFactor: 1.5,
  stopAfterFactor: 3,
  birthdayDaysAhead: 7,
  importantDateFieldIds: null,
  atRiskBelow: 0.5,
  lostBelow: 0.05,
  atRiskMinVisits: 4,
  postPurchaseRules: [],
  notifyHour: 9,
  minRepeatCustomers: 30,
};

/** The settings key of each value: prediction.* for the model, reminders.* for the rest. */
export const REMINDER_SETTING_KEYS: Record<keyof ReminderSettings, string> = {
  visitKinds: 'reminders.visitKinds',
  overdueFactor: 'reminders.overdueFactor',
  stopAfterFactor: 'reminders.stopAfterFactor',
  birthdayDaysAhead: 'reminders.birthdayDaysAhead',
  importantDateFieldIds: 'reminders.importantDateFieldIds',
  atRiskBelow: 'reminders.atRiskBelow',
  lostBelow: 'reminders.lostBelow',
  atRiskMinVisits: 'reminders.atRiskMinVisits',
  postPurchaseRules: 'reminders.postPurchaseRules',
  notifyHour: 'reminders.notifyHour',
  minRepeatCustomers: 'prediction.minRepeatCustomers',
};

/** Rules the fields cannot check alone; returns [field, message] of the first broken one. */
export function crossFieldProblem(settings: ReminderSettings): [keyof ReminderSettings, string] | null {
  if (settings.stopAfterFactor <= settings.overdueFactor) {
    return ['stopAfterFactor', `must be above the overdue factor (${settings.overdueFactor})`];
  }
  if (settings.lostBelow >= settings.atRiskBelow) {
    return ['lostBelow', `must be below the at-risk threshold (${settings.atRiskBelow})`];
  }
  return null;
}
