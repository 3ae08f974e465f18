import { z } from 'zod';
import { dayRangeSchema } from './insights.ts';

const count = z.number().int().min(0);

/** One Monday-to-Sunday week, clipped to the period at either end. */
export const chartWeekSchema = z.object({
  from: z.string(),
  to: z.string(),
  visits: count,
  revenueMinor: z.number().int(),
  visitors: count,
  /** First visit ever during the week. */
  newCustomers: count,
  /** Visited during the week, and had visited before it. */
  returningCustomers: count,
  /** NPS and CSAT of the week's answers; null without answers (a gap in the line, not a zero). */
  nps: z.number().nullable(),
  npsAnswers: count,
  csat: z.number().nullable(),
  csatAnswers: count,
});
export type ChartWeek = z.infer<typeof chartWeekSchema>;

/** Customers by month of first visit × months since; cells after the period's end are absent. */
export const cohortRowSchema = z.object({
  month: z.string(),
  customers: count,
  retained: z.array(z.object({ monthsSince: count, customers: count, share: z.number() })),
});
export type CohortRow = z.infer<typeof cohortRowSchema>;

export const COHORT_MONTHS = 12;

export const insightsChartsSchema = z.object({
  period: dayRangeSchema,
  weeks: z.array(chartWeekSchema),
  /** The COHORT_MONTHS months of first visits ending with the period's last month, oldest first. */
  cohorts: z.array(cohortRowSchema),
});
export type InsightsCharts = z.infer<typeof insightsChartsSchema>;
