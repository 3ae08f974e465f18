import { getInsightsCharts } from '../insights/charts.ts';
import { getInsightsFigures } from '../insights/figures.ts';
import { getInsightsSettings, updateInsightsSettings } from '../insights/insights-settings.ts';
import { getRfmSummary } from '../insights/rfm.ts';
import { getTierDistribution } from '../insights/tier-distribution.ts';
import type { HandlerMap } from './handlers.ts';

export const insightsHandlers: HandlerMap<
  | 'insights:figures'
  | 'insights:charts'
  | 'insights:rfm'
  | 'insights:settings'
  | 'insights:updateSettings'
  | 'insights:tiers'
> = {
  'insights:figures': (ctx, input) => getInsightsFigures(ctx, input),
  'insights:charts': (ctx, input) => getInsightsCharts(ctx, input),
  'insights:rfm': (ctx, input) => getRfmSummary(ctx, input),
  'insights:settings': (ctx) => getInsightsSettings(ctx),
  'insights:updateSettings': (ctx, input) => updateInsightsSettings(ctx, input),
  'insights:tiers': (ctx) => getTierDistribution(ctx),
};
