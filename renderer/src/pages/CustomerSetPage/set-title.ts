import type { CustomerSet } from '../../../../shared/domain/customer-set.ts';
import { FIGURE_DEFINITIONS } from '../../../../shared/domain/insights.ts';
import { RFM_RULES } from '../../../../shared/domain/rfm.ts';
import { monthLabel } from '../../components/InsightsCharts/week-label.ts';

/** The heading of a list of customers, and the rule that puts a customer in it. */
export function setTitle(
  set: CustomerSet,
  activeDays: number,
  segmentName?: string,
): { title: string; rule: string } {
  switch (set.kind) {
    case 'figure': {
      const { label, rule } = FIGURE_DEFINITIONS[set.figure];
      const when =
        set.period.from === set.period.to ? set.period.from : `${set.period.from} to ${set.period.to}`;
      return { title: `${label}, ${when}`, rule: rule(activeDays) };
    }
    case 'cohort': {
      const month = monthLabel(set.month);
      return set.monthsSince === 0
        ? { title: `First visit in ${month}`, rule: `made their first visit in ${month}` }
        : {
            title: `First visit in ${month}, back ${set.monthsSince} month${set.monthsSince === 1 ? '' : 's'} later`,
            rule: `made their first visit in ${month} and came back ${set.monthsSince} month${set.monthsSince === 1 ? '' : 's'} later`,
          };
    }
    case 'rfm':
      return {
        title: `${RFM_RULES[set.segment].label} (RFM${set.asOf ? `, as of ${set.asOf}` : ''})`,
        rule: `${RFM_RULES[set.segment].meaning} (${RFM_RULES[set.segment].rule})`,
      };
    case 'segment':
      return { title: segmentName ?? 'Segment', rule: 'match this saved segment' };
    case 'filter':
      return { title: 'Segment', rule: 'match the filter being edited' };
    case 'tier':
      return set.tier === null
        ? { title: 'No loyalty tier', rule: 'are in no tier of the loyalty program now' }
        : {
            title: `Loyalty tier: ${set.tier}`,
            rule: `are in the tier “${set.tier}” of the loyalty program now`,
          };
  }
}
