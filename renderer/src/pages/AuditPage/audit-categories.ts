import { AUDIT_CATEGORY_LABELS } from '../../../../shared/domain/audit.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { categoryLabels } from './AuditPage.messages.ts';

/**
 * The categories the audit page filters on, named in the reader's language. Every category the
 * core writes is offered; one added there before it is named here shows its English name.
 */
export function useAuditCategoryOptions(): { value: string; label: string }[] {
  const labels: Record<string, string> = useMessages(categoryLabels);
  return Object.entries(AUDIT_CATEGORY_LABELS).map(([value, english]) => ({
    value,
    label: Object.hasOwn(labels, value) ? (labels[value] ?? english) : english,
  }));
}
