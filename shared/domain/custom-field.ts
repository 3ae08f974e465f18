import { z } from 'zod';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A stored value: text and choice as strings, dates as YYYY-MM-DD, numbers, yes/no; null = empty. */
export const customFieldValueSchema = z.union([
  z.string().max(1000),
  z.number().finite(),
  z.boolean(),
  z.null(),
]);
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

export const customFieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  /** The allowed answers of a choice field, in the order shown. */
  choices: z.array(z.string()),
  position: z.number().int(),
  archived: z.boolean(),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const customFieldInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
    type: z.enum(CUSTOM_FIELD_TYPES),
    choices: z
      .array(z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'))
      .max(50, 'at most 50 choices')
      .default([]),
  })
  .refine((field) => field.type !== 'choice' || field.choices.length > 0, {
    message: 'a choice field needs at least one choice',
    path: ['choices'],
  });
export type CustomFieldInput = z.input<typeof customFieldInputSchema>;
