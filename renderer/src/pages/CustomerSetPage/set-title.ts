import type { CustomerSet } from '../../../../shared/domain/customer-set.ts';
import { monthLabel } from '../../components/InsightsCharts/week-label.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useRfmWords } from '../SegmentsPage/rfm-words.ts';
import { figureLabels, figureRules, messages } from './CustomerSetPage.messages.ts';

export type SetTitle = (set: CustomerSet, activeDays: number, segmentName?: string) => SetHeading;

/** The heading of a list of customers, and the rule that puts a customer in it. */
export interface SetHeading {
  title: string;
  /** Reads after "customers who". */
  rule: string;
}

/** Words a list's heading and rule in the reader's language. */
export function useSetTitle(): SetTitle {
  const m = useMessages(messages);
  const labels = useMessages(figureLabels);
  const rules = useMessages(figureRules);
  const rfm = useRfmWords();
  return (set, activeDays, segmentName) => {
    switch (set.kind) {
      case 'figure': {
        const { from, to } = set.period;
        const when = from === to ? from : m.periodRange(from, to);
        return { title: m.figureTitle(labels[set.figure], when), rule: rules[set.figure](activeDays) };
      }
      case 'cohort': {
        const month = monthLabel(set.month);
        return set.monthsSince === 0
          ? { title: m.firstVisitIn(month), rule: m.madeFirstVisitIn(month) }
          : {
              title: m.firstVisitInBackLater(month, set.monthsSince),
              rule: m.madeFirstVisitInBackLater(month, set.monthsSince),
            };
      }
      case 'rfm': {
        const words = rfm(set.segment);
        return {
          title: set.asOf ? m.rfmTitleAsOf(words.label, set.asOf) : m.rfmTitle(words.label),
          rule: m.rfmRule(words.meaning, words.rule),
        };
      }
      case 'segment':
        return { title: segmentName ?? m.segment, rule: m.matchSavedSegment };
      case 'filter':
        return { title: m.segment, rule: m.matchFilterBeingEdited };
      case 'tier':
        return set.tier === null
          ? { title: m.noTier, rule: m.inNoTier }
          : { title: m.tierTitle(set.tier), rule: m.inTier(set.tier) };
    }
  };
}
