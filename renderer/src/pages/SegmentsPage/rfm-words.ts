import type { RfmSegment } from '../../../../shared/domain/rfm.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { rfmLabels, rfmMeanings, rfmRules } from './SegmentsPage.messages.ts';

export interface RfmWords {
  label: string;
  rule: string;
  /** Reads after "customers who". */
  meaning: string;
}

/** Each RFM segment's name, rule and meaning in the reader's language. */
export function useRfmWords(): (segment: RfmSegment) => RfmWords {
  const labels = useMessages(rfmLabels);
  const rules = useMessages(rfmRules);
  const meanings = useMessages(rfmMeanings);
  return (segment) => ({ label: labels[segment], rule: rules[segment], meaning: meanings[segment] });
}
