import type { AuditEntry } from '../../../../shared/domain/audit.ts';

/** The words the details need, in the reader's language. */
export interface DetailWords {
  /** How an empty value shows: "(empty)". */
  empty: string;
  /** The only line of an entry whose values went with an erased customer. */
  valuesErased: string;
}

/** A value as the audit page shows it: text as is, empty as "(empty)", anything else as JSON. */
export function showValue(value: unknown, words: DetailWords): string {
  if (value === '' || value === null || value === undefined) return words.empty;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The lines of an entry's details: "phone: 555 0100 → 555 0199" for each edited field. */
export function detailLines(entry: AuditEntry, words: DetailWords): string[] {
  if (entry.redacted) return [words.valuesErased];
  const { changes, values } = entry.details;
  if (Array.isArray(changes)) {
    return changes.map(
      (change: { field?: unknown; old?: unknown; new?: unknown }) =>
        `${String(change.field)}: ${showValue(change.old, words)} → ${showValue(change.new, words)}`,
    );
  }
  if (values !== null && typeof values === 'object') {
    return Object.entries(values).map(([field, value]) => `${field}: ${showValue(value, words)}`);
  }
  return [];
}
