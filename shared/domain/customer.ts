import { z } from 'zod';
import { customFieldValueSchema } from './custom-field.ts';

const idLike = z.string().min(1).max(64);

export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'post'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
/** The channel the customer likes to be reached by; '' when they never said. */
export const preferredChannelSchema = z.enum(['', ...CONSENT_CHANNELS]);
export type PreferredChannel = z.infer<typeof preferredChannelSchema>;

const trimmed = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** A calendar date that exists: "2024-02-29" yes, "2023-02-30" no. "--MM-DD" means no year known. */
export function isRealBirthday(value: string): boolean {
  const match = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, yearText = '--', monthText = '', dayText = ''] = match;
  // Without a year, 29 February must stay possible, so check against a leap year.
  const year = yearText === '--' ? 2000 : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const birthdaySchema = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/, 'must be YYYY-MM-DD, or --MM-DD when the year is unknown')
  .refine(isRealBirthday, 'is not a real date');

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must look like name@example.com');

export const phoneSchema = trimmed(40).regex(
  /^[+()\d\s./-]*$/,
  'may contain only digits, spaces and + ( ) - . /',
);

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[^,]+$/, 'must not contain a comma');

export const consentInputSchema = z.object({
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  source: trimmed(80).min(1, 'must say where the consent came from'),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

/** What a user may type for a customer; the same schema checks the form, IPC, HTTP and the CLI. */
export const customerInputSchema = z.strictObject({
  firstName: trimmed(80).min(1, 'is required'),
  lastName: trimmed(80).default(''),
  phone: phoneSchema.default(''),
  email: z.union([z.literal(''), emailSchema]).default(''),
  birthday: z.union([z.literal(''), birthdaySchema]).default(''),
  address: trimmed(300).default(''),
  notes: trimmed(4000).default(''),
  tags: z.array(tagSchema).max(50, 'at most 50 tags').default([]),
  code: trimmed(40).default(''),
  consents: z.array(consentInputSchema).max(CONSENT_CHANNELS.length).default([]),
  /** Left out: unchanged on an update ('' on a new customer), so older callers keep it. */
  preferredChannel: preferredChannelSchema.optional(),
  /** Values of the owner's custom fields by field id; checked against each field's type in the core. */
  customFields: z.record(idLike, customFieldValueSchema).default({}),
});
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerFields = z.output<typeof customerInputSchema>;

export const consentSchema = z.object({
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  source: z.string(),
  recordedAt: z.number().int(),
});
export type Consent = z.infer<typeof consentSchema>;

export const customerSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  phoneDigits: z.string(),
  /** The number in E.164 when it parses with the shop's default country; '' otherwise. */
  phoneE164: z.string(),
  /** A number was typed but could not be understood: kept as typed, shown with a warning. */
  phoneFlagged: z.boolean(),
  email: z.string(),
  birthday: z.string(),
  address: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  code: z.string(),
  consents: z.array(consentSchema),
  preferredChannel: preferredChannelSchema,
  customFields: z.record(z.string(), customFieldValueSchema),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

/** One row of a list or a search result: enough to recognise the customer at a glance. */
export const customerSummarySchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  email: z.string(),
  code: z.string(),
  tags: z.array(z.string()),
  lastVisitAt: z.number().int().nullable(),
  visitCount: z.number().int(),
  totalSpendMinor: z.number().int(),
  /** The customer's loyalty tier for the badge; null without a program or a tier. */
  loyaltyTier: z.object({ rank: z.number().int(), name: z.string() }).nullable(),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export function fullName(customer: { firstName: string; lastName: string }): string {
  return `${customer.firstName} ${customer.lastName}`.trim();
}

/** What the customer page shows at a glance; visits are distinct days with a visit or purchase. */
export const customerFactsSchema = z.object({
  firstVisitAt: z.number().int().nullable(),
  lastVisitAt: z.number().int().nullable(),
  visits: z.number().int(),
  totalSpendMinor: z.number().int(),
  /** Total spend divided by visits; null before the first visit. */
  averageSpendMinor: z.number().int().nullable(),
  /** Median gap in days between the last visits; null with fewer than two visits. */
  usualIntervalDays: z.number().nullable(),
});
export type CustomerFacts = z.infer<typeof customerFactsSchema>;

export const trashedCustomerSchema = customerSummarySchema.extend({ deletedAt: z.number().int() });
export type TrashedCustomer = z.infer<typeof trashedCustomerSchema>;
