import { z } from 'zod';
import { tagSchema } from '../../domain/customer.ts';
import {
  contactPlanSchema,
  customerOutlookSchema,
  oneOffSchema,
  tagRuleSchema,
} from '../../domain/customer-outlook.ts';
import { idSchema } from '../../domain/interaction.ts';
import { predictionsSchema } from '../../domain/predictions.ts';
import { reminderSettingsSchema, reminderSettingsUpdateSchema } from '../../domain/reminder-settings.ts';
import {
  isoDateSchema,
  modelStatusSchema,
  oneOffInputSchema,
  REMINDER_KINDS,
  reminderKeysSchema,
  todayListSchema,
} from '../../domain/reminders.ts';

const closed = z.object({ customerId: z.string(), closedKeys: z.array(z.string()) });

export const reminderChannels = {
  /** Today: ranked rows with every reason, counts by kind. `asOf` rebuilds a past day from history. */
  'reminders:today': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(2000).default(200),
      kind: z.enum(REMINDER_KINDS).optional(),
      asOf: isoDateSchema.optional(),
    }),
    output: todayListSchema,
  },
  /** The customer page: rhythm, P(alive), expected visits, contact plan, one-offs, open reasons. */
  'reminders:customer': { input: z.strictObject({ customerId: idSchema }), output: customerOutlookSchema },
  /** Marks the customer's current reasons (or the given ones) done, optionally logging a follow-up. */
  'reminders:done': {
    input: z.strictObject({
      customerId: idSchema,
      keys: reminderKeysSchema.optional(),
      logFollowUp: z.boolean().default(false),
      note: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
    }),
    output: closed.extend({ interactionId: z.string().nullable() }),
  },
  'reminders:dismiss': {
    input: z.strictObject({ customerId: idSchema, keys: reminderKeysSchema.optional() }),
    output: closed,
  },
  /** Hides the customer's row until the morning of `until`. */
  'reminders:snooze': {
    input: z.strictObject({ customerId: idSchema, until: isoDateSchema }),
    output: z.object({ customerId: z.string(), until: z.string() }),
  },
  'reminders:setPlan': {
    input: z.strictObject({
      customerId: idSchema,
      stayInTouchDays: z
        .number()
        .int('must be whole days')
        .min(1, 'must be at least 1 day')
        .max(3650)
        .nullable(),
      doNotContact: z.boolean(),
    }),
    output: contactPlanSchema,
  },
  'reminders:addOneOff': { input: oneOffInputSchema, output: oneOffSchema },
  'reminders:cancelOneOff': { input: z.strictObject({ id: idSchema }), output: oneOffSchema },
  'reminders:settings': {
    input: z.strictObject({}),
    output: z.object({
      settings: reminderSettingsSchema,
      tagRules: z.array(tagRuleSchema),
      model: modelStatusSchema,
    }),
  },
  'reminders:updateSettings': { input: reminderSettingsUpdateSchema, output: reminderSettingsSchema },
  /** "Stay in touch every N days" for everyone with a tag; null removes the rule. */
  'reminders:setTagRule': {
    input: z.strictObject({
      tag: tagSchema,
      everyDays: z.number().int('must be whole days').min(1, 'must be at least 1 day').max(3650).nullable(),
    }),
    output: z.array(tagRuleSchema),
  },
  /** The BG/NBD model and per-customer predictions, fitted afresh (as of a day: history up to it). */
  'predictions:list': {
    input: z.strictObject({ asOf: isoDateSchema.optional() }),
    output: predictionsSchema,
  },
} as const;
