import { z } from 'zod';
import { daySchema } from '../../domain/calendar-days.ts';
import { insightsChartsSchema } from '../../domain/insights-charts.ts';
import {
  activeDaysSchema,
  insightsFiguresSchema,
  insightsSettingsSchema,
  periodInputSchema,
} from '../../domain/insights.ts';
import { tierDistributionSchema } from '../../domain/insights-tiers.ts';
import { rfmSummarySchema } from '../../domain/rfm.ts';

export const insightsChannels = {
  /** Every dashboard figure of a period and of the period of equal length before it. */
  'insights:figures': {
    input: z.strictObject({ period: periodInputSchema }),
    output: insightsFiguresSchema,
  },
  /** Weekly series and the cohort retention table of a period. */
  'insights:charts': {
    input: z.strictObject({ period: periodInputSchema }),
    output: insightsChartsSchema,
  },
  /** RFM scores of every customer as of a day (default today), summed up by segment. */
  'insights:rfm': {
    input: z.strictObject({ asOf: daySchema.optional() }),
    output: rfmSummarySchema,
  },
  'insights:settings': { input: z.strictObject({}), output: insightsSettingsSchema },
  'insights:updateSettings': {
    input: z.strictObject({ activeDays: activeDaysSchema }),
    output: insightsSettingsSchema,
  },
  /** Live customers per loyalty tier now, or why there is no distribution (no program, no tiers). */
  'insights:tiers': { input: z.strictObject({}), output: tierDistributionSchema },
} as const;
