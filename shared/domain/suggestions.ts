import { z } from 'zod';
import { CONSENT_CHANNELS } from './customer.ts';
import { isoDateSchema } from './reminders.ts';

// Follow-up suggestions: who to contact, why (with the numbers), what kind of message, by which
// channel, and a drafted text. Nothing is ever sent by Regulars: acting opens the draft in the
// mail/SMS/phone app (or copies it) and logs an outbound follow_up interaction.

export const SUGGESTION_KINDS = [
  'close_the_loop',
  'win_back',
  'we_miss_you',
  'thank_you',
  'feedback_request',
  'reward_available',
  'near_next_tier',
  'tier_reached',
  'birthday',
  'staff_left',
  'picked',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  close_the_loop: 'Close the loop',
  win_back: 'Win back',
  we_miss_you: 'We miss you',
  thank_you: 'Thank you',
  feedback_request: 'Ask for feedback',
  reward_available: 'Reward available',
  near_next_tier: 'Close to the next tier',
  tier_reached: 'Tier reached',
  birthday: 'Birthday greeting',
  staff_left: 'Usual staff member left',
  picked: 'Picked for a follow-up',
};

/** A customer picked from a list stays suggested this many days, or until a follow-up answers it. */
export const PICK_DAYS = 30;

/** A service message answers the customer (their complaint): any channel they gave may carry it. */
export function isServiceKind(kind: SuggestionKind): boolean {
  return kind === 'close_the_loop';
}

/** How a suggestion reaches the customer; 'in_person': no channel is allowed, mention it at the next visit. */
export const SUGGESTION_CHANNELS = [...CONSENT_CHANNELS, 'in_person'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

/** Settings → Suggestions; stored as one JSON value under `suggestions.settings`, merged over the defaults. */
const days = (max: number) =>
  z
    .number()
    .int('must be whole days')
    .min(1, 'must be at least 1 day')
    .max(max, `must be at most ${max} days`);

export const suggestionSettingsSchema = z.object({
  disabledKinds: z
    .array(z.enum(SUGGESTION_KINDS))
    .max(SUGGESTION_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'lists a kind twice'),
  /** Contacted within this many days (a follow-up, call, e-mail or message): not suggested again. */
  recencyDays: days(365),
  /** A follow-up succeeded when the customer visits within this many days. */
  outcomeDays: days(365),
  /** Complaints and low scores this recent are looked at. */
  closeLoopWithinDays: days(365),
  /** A first visit this recent earns a thank-you. */
  thankYouWithinDays: days(60),
  /** Ask for feedback this many days after a purchase (suggested for a week from then). */
  feedbackAfterDays: days(60),
  /** Win-back only for regulars: at least this many visits. */
  winBackMinVisits: z.number().int().min(1, 'must be at least 1').max(1000),
  /** Reward and tier nudges this many days after a visit (or after the tier was reached). */
  loyaltyNudgeDays: days(60),
  /** "Close to the next tier": what is missing is at most this share of the threshold. */
  nearTierPercent: z.number().int().min(1, 'must be at least 1%').max(90, 'must be at most 90%'),
  /** Birthday greetings this many days ahead at most (0: on the day only). */
  birthdayDaysAhead: z.number().int().min(0, 'must not be negative').max(30, 'must be at most 30 days'),
  /** "Usual staff member left": customers with at least this many visits served by them. */
  staffLeftMinVisits: z.number().int().min(1, 'must be at least 1').max(1000),
});
export type SuggestionSettings = z.infer<typeof suggestionSettingsSchema>;
export const suggestionSettingsUpdateSchema = suggestionSettingsSchema.partial().strict();
export type SuggestionSettingsUpdate = z.input<typeof suggestionSettingsUpdateSchema>;

export const DEFAULT_SUGGESTION_SETTINGS: SuggestionSettings = {
  disabledKinds: [],
  recencyDays: 14,
  outcomeDays: 30,
  closeLoopWithinDays: 60,
  thankYouWithinDays: 3,
  feedbackAfterDays: 3,
  winBackMinVisits: 3,
  loyaltyNudgeDays: 2,
  nearTierPercent: 20,
  birthdayDaysAhead: 3,
  staffLeftMinVisits: 3,
};

export const scorePartsSchema = z.object({
  /** How pressing the kind is today (close the loop: always above everything else). */
  urgency: z.number(),
  /** The customer's worth: spend, visits and the chance they still come. */
  value: z.number(),
  /** How long since the shop was last in touch. */
  staleness: z.number(),
});
export type ScoreParts = z.infer<typeof scorePartsSchema>;

export const suggestionSchema = z.object({
  customerId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  score: z.number(),
  scoreParts: scorePartsSchema,
  /** The score in words: what each part is made of. */
  scoreExplained: z.array(z.string()),
  /** Why, in words with the numbers. */
  reasons: z.array(z.string()),
  /** The numbers behind the reasons, by name. */
  numbers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  /** Other kinds that also apply to this customer today, ranked below this one. */
  alsoKinds: z.array(z.enum(SUGGESTION_KINDS)),
  channel: z.enum(SUGGESTION_CHANNELS),
  /** Why this channel, or "mention it at the next visit". */
  channelNote: z.string(),
  /** Every channel this message may use for this customer (consent and an address or number). */
  allowedChannels: z.array(z.enum(CONSENT_CHANNELS)),
  /** The customer's e-mail and phone (E.164 when known), for mailto:, sms: and tel:. */
  email: z.string(),
  phone: z.string(),
  message: z.string(),
  /** Merge fields that came out empty in the message. */
  emptyFields: z.array(z.string()),
  service: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListSchema = z.object({
  asOf: z.string(),
  rows: z.array(suggestionSchema),
  /** Every customer with a suggestion, also beyond the rows returned. */
  total: z.number().int(),
  counts: z.record(z.enum(SUGGESTION_KINDS), z.number().int()),
  /** The app is working out today's list in the background; 'suggestions:ready' follows. */
  preparing: z.boolean(),
});
export type SuggestionList = z.infer<typeof suggestionListSchema>;

export const suggestionListInputSchema = z.strictObject({
  limit: z.number().int().min(1).max(500).default(20),
  asOf: isoDateSchema.optional(),
});

export const outcomeRowSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS),
  sent: z.number().int(),
  cameBack: z.number().int(),
  /** Sent less than the outcome window ago: it is too early to say. */
  pending: z.number().int(),
});
export const outcomeReportSchema = z.object({
  asOf: z.string(),
  outcomeDays: z.number().int(),
  rows: z.array(outcomeRowSchema),
});
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;
