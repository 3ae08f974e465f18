import { z } from 'zod';
import { customFieldInputSchema, customFieldSchema } from '../../domain/custom-field.ts';
import { idSchema } from '../../domain/interaction.ts';

export const shopSettingsSchema = z.object({
  /** ISO 3166 alpha-2 region used to read phone numbers typed without a country code. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like IT or US'),
  /** How messages to customers sign off ({shopName} in follow-up templates); '' until set. */
  shopName: z.string().trim().max(80, 'must be at most 80 characters'),
  /** ISO 4217 code amounts are shown in; the euro until the owner picks (the first run does). */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like EUR or USD'),
});
export type ShopSettings = z.infer<typeof shopSettingsSchema>;

export const settingsChannels = {
  'settings:get': { input: z.strictObject({}), output: shopSettingsSchema },
  'settings:update': { input: shopSettingsSchema.partial().strict(), output: shopSettingsSchema },
  'customFields:list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(customFieldSchema),
  },
  'customFields:create': { input: customFieldInputSchema, output: customFieldSchema },
  'customFields:update': {
    input: z.strictObject({
      id: idSchema,
      name: z.string().trim().min(1, 'is required').max(60).optional(),
      choices: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
      archived: z.boolean().optional(),
    }),
    output: customFieldSchema,
  },
} as const;
