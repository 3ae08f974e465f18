import type { CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import { formatMinorPlain } from '../../../../shared/domain/money.ts';
import type { SegmentCondition, SegmentFilter } from '../../../../shared/domain/segment.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { conditionMessages } from './SegmentsPage.messages.ts';

type Words = MessagesIn<typeof conditionMessages>;

function rangeText(w: Words, min: number | undefined, max: number | undefined, show: (n: number) => string) {
  if (min !== undefined && max !== undefined)
    return min === max ? show(min) : w.between(show(min), show(max));
  if (min !== undefined) return w.atLeast(show(min));
  return w.atMost(show(max ?? 0));
}

function valueText(w: Words, value: CustomFieldValue | undefined): string {
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  return typeof value === 'string' ? `“${value}”` : String(value);
}

function describeCondition(w: Words, condition: SegmentCondition, fieldName: (id: string) => string): string {
  switch (condition.kind) {
    case 'tag':
      return condition.op === 'has' ? w.hasTag(condition.tag) : w.lacksTag(condition.tag);
    case 'visits':
      return w.visits(
        rangeText(w, condition.min, condition.max, String),
        condition.max ?? condition.min ?? 0,
      );
    case 'spend':
      return w.spent(rangeText(w, condition.min, condition.max, formatMinorPlain));
    case 'lastVisit':
      return condition.op === 'within' ? w.visitedWithin(condition.days) : w.visitedNotWithin(condition.days);
    case 'firstVisit':
      return condition.op === 'within'
        ? w.firstVisitWithin(condition.days)
        : w.firstVisitBefore(condition.days);
    case 'consent':
      return w.consent(condition.channel, condition.granted);
    case 'customField': {
      const field = fieldName(condition.fieldId);
      const value = valueText(w, condition.value);
      switch (condition.op) {
        case 'equals':
          return w.fieldIs(field, value);
        case 'notEquals':
          return w.fieldIsNot(field, value);
        case 'atLeast':
          return w.fieldAtLeast(field, value);
        case 'atMost':
          return w.fieldAtMost(field, value);
        case 'empty':
          return w.fieldEmpty(field);
        case 'notEmpty':
          return w.fieldFilled(field);
      }
      break;
    }
    case 'npsGroup':
      return condition.group === 'none' ? w.neverAnsweredNps : w.latestNps(condition.group);
    case 'tier':
      if (condition.tier === null) return condition.op === 'isNot' ? w.hasTier : w.hasNoTier;
      if (condition.op === 'atLeast') return w.tierAtLeast(condition.tier);
      return condition.op === 'is' ? w.tierIs(condition.tier) : w.tierIsNot(condition.tier);
    case 'rhythm':
      return w.rhythm(condition.status);
    case 'pAlive':
      return w.pAlive(condition.op, condition.percent);
  }
}

/**
 * A saved segment's conditions in the reader's language, to follow "customers who": worded like
 * describeFilter in shared/domain/segment.ts, which the CLI prints in English.
 */
export function useDescribeFilter(): (filter: SegmentFilter, fieldName: (id: string) => string) => string {
  const w = useMessages(conditionMessages);
  return (filter, fieldName) => {
    if (filter.conditions.length === 0) return w.everyCustomer;
    const parts = filter.conditions.map((condition) => describeCondition(w, condition, fieldName));
    return filter.match === 'all' ? w.joinAll(parts) : w.joinAny(parts);
  };
}
