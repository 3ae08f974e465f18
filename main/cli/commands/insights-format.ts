import { figureTableRows } from '../../../shared/domain/insights-format.ts';
import type { InsightsFigures } from '../../../shared/domain/insights.ts';
import type { TierDistribution } from '../../../shared/domain/insights-tiers.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import type { RfmSummary } from '../../../shared/domain/rfm.ts';
import { table } from '../format.ts';

export function figureRows(figures: InsightsFigures): string[][] {
  return figureTableRows(figures);
}

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

/** The RFM summary for a terminal: segments with their rules, then what each score covers. */
export function rfmText(summary: RfmSummary): string {
  if (summary.customers === 0) return `No customer had visited by ${summary.asOf}: nothing to score.`;
  const bands = (name: string, list: RfmSummary['bands']['recency'], show: (n: number) => string) =>
    `${name}: ${list.map((band) => `${band.score} = ${show(band.min)}–${show(band.max)}`).join(', ')}`;
  return [
    `RFM as of ${summary.asOf}: ${summary.customers} customers scored 1-5 by quintile (ties share a score).`,
    '',
    table(
      ['SEGMENT', 'CUSTOMERS', 'SHARE', 'RULE'],
      summary.segments.map((s) => [s.label, String(s.customers), percent(s.share), s.rule]),
    ),
    '',
    bands('Recency (days since the last visit)', summary.bands.recency, String),
    bands('Frequency (visits)', summary.bands.frequency, String),
    bands('Monetary (total spend)', summary.bands.monetary, formatMinorPlain),
  ].join('\n');
}

/** Customers per loyalty tier now, or why there is nothing to count. */
export function tiersText(tiers: TierDistribution): string {
  if (tiers.status === 'noProgram') return 'Loyalty tiers: the shop has no loyalty program.';
  if (tiers.status === 'noTiers') return 'Loyalty tiers: the loyalty program has no tiers.';
  return [
    `Loyalty tiers now (${tiers.customers} customers):`,
    table(
      ['TIER', 'FROM', 'CUSTOMERS'],
      [
        ...tiers.tiers.map((tier) => [
          tier.name,
          `${tier.threshold} ${tiers.measure}`,
          String(tier.customers),
        ]),
        ['No tier', '', String(tiers.noTier)],
      ],
    ),
  ].join('\n');
}
