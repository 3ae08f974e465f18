import { z } from 'zod';
import { idSchema, interactionSchema } from '../../domain/interaction.ts';
import { isoDateSchema } from '../../domain/reminders.ts';
import { templatesSchema, templateUpdateSchema } from '../../domain/suggestion-templates.ts';
import {
  outcomeReportSchema,
  SUGGESTION_CHANNELS,
  SUGGESTION_KINDS,
  suggestionListInputSchema,
  suggestionListSchema,
  suggestionSchema,
  suggestionSettingsSchema,
  suggestionSettingsUpdateSchema,
} from '../../domain/suggestions.ts';

const settingsView = z.object({
  settings: suggestionSettingsSchema,
  templates: templatesSchema,
  edited: z.array(z.enum(SUGGESTION_KINDS)),
});

export const suggestionChannels = {
  /** Today's follow-ups, ranked; `asOf` judges a past day from what was known by its end. */
  'suggestions:today': { input: suggestionListInputSchema, output: suggestionListSchema },
  /** One customer's follow-ups today, every kind that applies. */
  'suggestions:customer': {
    input: z.strictObject({ customerId: idSchema }),
    output: z.array(suggestionSchema),
  },
  /** Logs the follow-up (channel and text) and hands back the mailto:/sms:/tel: link, if any. */
  'suggestions:act': {
    input: z.strictObject({
      customerId: idSchema,
      kind: z.enum(SUGGESTION_KINDS),
      channel: z.enum(SUGGESTION_CHANNELS).optional(),
      message: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(2000, 'must be at most 2000 characters')
        .optional(),
    }),
    output: z.object({
      interaction: interactionSchema,
      kind: z.enum(SUGGESTION_KINDS),
      channel: z.enum(SUGGESTION_CHANNELS),
      message: z.string(),
      link: z.string().nullable(),
    }),
  },
  /** Per kind: follow-ups sent and customers who came back within the outcome window. */
  'suggestions:outcomes': {
    input: z.strictObject({ asOf: isoDateSchema.optional() }),
    output: outcomeReportSchema,
  },
  'suggestions:settings': { input: z.strictObject({}), output: settingsView },
  'suggestions:updateSettings': { input: suggestionSettingsUpdateSchema, output: suggestionSettingsSchema },
  'suggestions:updateTemplate': { input: templateUpdateSchema, output: settingsView },
} as const;
