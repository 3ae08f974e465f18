import { z } from 'zod';
import { CONSENT_CHANNELS } from './customer.ts';
import { idSchema, INTERACTION_KINDS } from './interaction.ts';

// Reminders: why a customer is worth a thought today. Every reason is structured (its kind and
// its numbers) as well as said in words, so the Today list, the command line and the follow-up
// suggestions built on top all read the same facts. Dates are local calendar dates, YYYY-MM-DD.

export const REMINDER_KINDS = [
  'one_off',
  'overdue',
  'birthday',
  'important_date',
  'post_purchase',
  'at_risk',
  'due',
  'stay_in_touch',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-22')
  .refine((text) => {
    const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real date');

const base = {
  /** Identifies this occurrence: done or dismissed, it stays away until a new occurrence comes. */
  key: z.string(),
  /** When it became (or becomes) due. */
  dueDate: z.string(),
  /** The reason in words and numbers, ready to show. */
  text: z.string(),
};

const rhythmFields = {
  lastVisitDate: z.string(),
  daysSinceLastVisit: z.number().int(),
  intervalDays: z.number(),
  /** 'own': the customer's median gap; 'shop': one visit so far, the shop-wide typical interval. */
  intervalSource: z.enum(['own', 'shop']),
  visits: z.number().int(),
};

export const reminderReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('due'), ...base, ...rhythmFields }),
  z.object({ kind: z.literal('overdue'), ...base, ...rhythmFields, overdueFactor: z.number() }),
  z.object({
    kind: z.literal('at_risk'),
    ...base,
    pAlive: z.number(),
    visits: z.number().int(),
    lastVisitDate: z.string(),
    daysSinceLastVisit: z.number().int(),
  }),
  z.object({
    kind: z.literal('birthday'),
    ...base,
    daysAhead: z.number().int(),
    /** The age reached on the day, when the birth year is known. */
    turns: z.number().int().nullable(),
    /** Born on 29 February, remembered on 28 February in a common year. */
    leapDayMoved: z.boolean(),
  }),
  z.object({
    kind: z.literal('important_date'),
    ...base,
    fieldId: z.string(),
    label: z.string(),
    daysAhead: z.number().int(),
    years: z.number().int().nullable(),
    leapDayMoved: z.boolean(),
  }),
  z.object({
    kind: z.literal('post_purchase'),
    ...base,
    ruleId: z.string(),
    interactionId: z.string(),
    interactionKind: z.enum(INTERACTION_KINDS),
    interactionDate: z.string(),
    afterDays: z.number().int(),
    note: z.string(),
  }),
  z.object({
    kind: z.literal('stay_in_touch'),
    ...base,
    everyDays: z.number().int(),
    /** The customer's own plan, or the tag whose rule applies. */
    source: z.enum(['customer', 'tag']),
    tag: z.string().nullable(),
    lastContactDate: z.string().nullable(),
    daysSinceContact: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('one_off'), ...base, reminderId: z.string(), note: z.string() }),
]);
export type ReminderReason = z.infer<typeof reminderReasonSchema>;

/** May the shop reach out, and how: reminders still list everyone, marked, for in-person recognition. */
export const contactStatusSchema = z.object({
  status: z.enum(['ok', 'no_consent', 'do_not_contact']),
  /** Channels with consent in force. */
  channels: z.array(z.enum(CONSENT_CHANNELS)),
});
export type ContactStatus = z.infer<typeof contactStatusSchema>;

export const reminderRowSchema = z.object({
  customerId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  code: z.string(),
  kinds: z.array(z.enum(REMINDER_KINDS)),
  reasons: z.array(reminderReasonSchema),
  /** The earliest due date among the reasons. */
  dueDate: z.string(),
  /** Higher first; see ranking in the core. */
  score: z.number(),
  contact: contactStatusSchema,
});
export type ReminderRow = z.infer<typeof reminderRowSchema>;

export const modelStatusSchema = z.object({
  state: z.enum(['fitted', 'too_little_history', 'not_yet_fitted']),
  repeatCustomers: z.number().int(),
  minRepeatCustomers: z.number().int(),
  fittedAt: z.number().int().nullable(),
  asOf: z.string().nullable(),
  /** The shop-wide typical interval one-visit customers are measured against (days). */
  typicalIntervalDays: z.number().nullable(),
});
export type ModelStatus = z.infer<typeof modelStatusSchema>;

export const todayListSchema = z.object({
  asOf: z.string(),
  rows: z.array(reminderRowSchema),
  /** Every customer with a reminder (snoozed ones excepted), also beyond the rows returned. */
  total: z.number().int(),
  /** Customers per kind of reason (a customer with two kinds counts in both). */
  counts: z.record(z.enum(REMINDER_KINDS), z.number().int()),
  snoozed: z.number().int(),
  model: modelStatusSchema,
});
export type TodayList = z.infer<typeof todayListSchema>;

export const reminderKeysSchema = z.array(z.string().min(1).max(200)).max(20);

export const oneOffInputSchema = z.strictObject({
  customerId: idSchema,
  dueDate: isoDateSchema,
  note: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
});
