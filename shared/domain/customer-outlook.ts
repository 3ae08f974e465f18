import { z } from 'zod';
import { modelStatusSchema, reminderReasonSchema } from './reminders.ts';

// What the customer page shows about the customer's future: their rhythm, what the model says,
// how the shop keeps in touch with them, and the reminders that are open for them now.

export const rhythmViewSchema = z.object({
  visits: z.number().int(),
  firstVisitDate: z.string().nullable(),
  lastVisitDate: z.string().nullable(),
  daysSinceLastVisit: z.number().int().nullable(),
  intervalDays: z.number().nullable(),
  /** 'shop': one visit so far, measured against the shop-wide typical interval. */
  intervalSource: z.enum(['own', 'shop']).nullable(),
  state: z.enum(['not_yet', 'due', 'overdue', 'lapsed']).nullable(),
  dueDate: z.string().nullable(),
  overdueDate: z.string().nullable(),
});
export type RhythmView = z.infer<typeof rhythmViewSchema>;

export const predictionViewSchema = z.object({
  pAlive: z.number(),
  expectedVisits30d: z.number(),
  expectedVisits90d: z.number(),
});
export type PredictionView = z.infer<typeof predictionViewSchema>;

export const contactPlanSchema = z.object({
  stayInTouchDays: z.number().int().nullable(),
  doNotContact: z.boolean(),
});
export type ContactPlanView = z.infer<typeof contactPlanSchema>;

export const oneOffSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  dueDate: z.string(),
  note: z.string(),
  createdAt: z.number().int(),
  closed: z.boolean(),
});
export type OneOff = z.infer<typeof oneOffSchema>;

export const tagRuleSchema = z.object({ tag: z.string(), everyDays: z.number().int() });
export type TagRuleView = z.infer<typeof tagRuleSchema>;

export const customerOutlookSchema = z.object({
  asOf: z.string(),
  rhythm: rhythmViewSchema,
  prediction: predictionViewSchema.nullable(),
  model: modelStatusSchema,
  /** The model in plain words, or why there is none. */
  explanation: z.string(),
  plan: contactPlanSchema,
  /** Tag rules that apply to this customer through its tags. */
  tagRules: z.array(tagRuleSchema),
  oneOffs: z.array(oneOffSchema),
  /** Open reasons today (done or dismissed ones left out), whether or not the customer is snoozed. */
  reasons: z.array(reminderReasonSchema),
  snoozedUntil: z.string().nullable(),
});
export type CustomerOutlook = z.infer<typeof customerOutlookSchema>;
