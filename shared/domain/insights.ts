import { z } from 'zod';
import { daySchema, daysBetween, isDay, PERIOD_PRESETS } from './calendar-days.ts';
import { cesSchema, csatSchema, npsSchema } from './satisfaction.ts';

/** The longest custom period: ten years of history is more than any shop looks at. */
export const MAX_PERIOD_DAYS = 3660;

export const dayRangeSchema = z.object({ from: daySchema, to: daySchema });

// Refinements run even when a day failed its own check, so they only judge real days.
const lengthOf = (range: { from: string; to: string }) =>
  isDay(range.from) && isDay(range.to) ? daysBetween(range.from, range.to) : 0;

export const customRangeSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((range) => lengthOf(range) >= 0, { message: 'must not end before it starts', path: ['to'] })
  .refine((range) => lengthOf(range) < MAX_PERIOD_DAYS, {
    message: `must be at most ${MAX_PERIOD_DAYS} days long`,
    path: ['to'],
  });

/** A preset resolved against today (in the core, with its clock), or explicit calendar days. */
export const periodInputSchema = z.union([
  z.strictObject({ preset: z.enum(PERIOD_PRESETS) }),
  customRangeSchema,
]);
export type PeriodInput = z.input<typeof periodInputSchema>;

const count = z.number().int().min(0);
const minor = z.number().int();
/** A quotient; null when there is nothing to divide by (no visitors, nobody active at the start). */
const quotient = z.number().nullable();

/**
 * Every dashboard figure of one period. Visits are distinct local days with a visit or purchase;
 * "visitors" are customers with at least one visit in the period. See FIGURE_DEFINITIONS.
 */
export const periodFiguresSchema = z.object({
  activeCustomers: count,
  newCustomers: count,
  returningCustomers: count,
  visitors: count,
  visits: count,
  repeatCustomers: count,
  oneOffCustomers: count,
  /** repeatCustomers / visitors, 0 … 1. */
  repeatRate: quotient,
  lapsedCustomers: count,
  activeAtStart: count,
  churnedCustomers: count,
  /** churnedCustomers / activeAtStart, 0 … 1. */
  churnRate: quotient,
  averageVisits: quotient,
  averageSpendMinor: quotient,
  revenueMinor: minor,
  regularsRevenueMinor: minor,
  oneOffRevenueMinor: minor,
  nps: npsSchema,
  csat: csatSchema,
  ces: cesSchema,
});
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;

export const insightsFiguresSchema = z.object({
  period: dayRangeSchema,
  /** The same number of days, ending the day before `period` starts. */
  previousPeriod: dayRangeSchema,
  /** "Active" means visited in this many days up to a period's last day. */
  activeDays: z.number().int(),
  current: periodFiguresSchema,
  previous: periodFiguresSchema,
});
export type InsightsFigures = z.infer<typeof insightsFiguresSchema>;

/** The customers behind a number: each figure names a set the list can show. */
export const FIGURES = [
  'active',
  'new',
  'returning',
  'visitors',
  'repeat',
  'oneOff',
  'lapsed',
  'churned',
  'npsAnswers',
  'csatAnswers',
  'cesAnswers',
] as const;
export type Figure = (typeof FIGURES)[number];

/** What each set holds, in words a shop owner reads after "customers who"; `n` is the active window. */
export const FIGURE_DEFINITIONS: Record<Figure, { label: string; rule: (n: number) => string }> = {
  active: { label: 'Active customers', rule: (n) => `visited in the ${n} days up to the period's last day` },
  new: { label: 'New customers', rule: () => 'made their first visit ever during the period' },
  returning: {
    label: 'Returning customers',
    rule: () => 'visited during the period and had visited before it',
  },
  visitors: { label: 'Customers who visited', rule: () => 'visited at least once during the period' },
  repeat: {
    label: 'Repeat customers',
    rule: () => 'visited during the period and have visits on two or more days up to its end',
  },
  oneOff: {
    label: 'One-off customers',
    rule: () => 'visited during the period and have a single visit day up to its end',
  },
  lapsed: {
    label: 'Lapsed customers',
    rule: (n) => `have visited, but not in the ${n} days up to the period's last day`,
  },
  churned: {
    label: 'Churned customers',
    rule: (n) => `were active when the period began (a visit in the ${n} days before) and not at its end`,
  },
  npsAnswers: { label: 'NPS answers', rule: () => 'answered the NPS question during the period' },
  csatAnswers: { label: 'CSAT answers', rule: () => 'answered the CSAT question during the period' },
  cesAnswers: { label: 'CES answers', rule: () => 'answered the CES question during the period' },
};

export const ACTIVE_DAYS_DEFAULT = 90;
export const activeDaysSchema = z
  .number()
  .int('must be a whole number of days')
  .min(7, 'must be at least 7 days')
  .max(730, 'must be at most 730 days');

export const insightsSettingsSchema = z.object({ activeDays: activeDaysSchema });
export type InsightsSettings = z.infer<typeof insightsSettingsSchema>;
