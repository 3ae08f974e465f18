import type { AuditEntry } from '../../../../shared/domain/audit.ts';

/** A value as the audit page shows it: text as is, empty as "(empty)", anything else as JSON. */
export function showValue(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '(empty)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The lines of an entry's details: "phone: 555 0100 → 555 0199" for each edited field. */
export function detailLines(entry: AuditEntry): string[] {
  if (entry.redacted) return ['Values erased with the customer'];
  const { changes, values } = entry.details;
  if (Array.isArray(changes)) {
    return changes.map(
      (change: { field?: unknown; old?: unknown; new?: unknown }) =>
        `${String(change.field)}: ${showValue(change.old)} → ${showValue(change.new)}`,
    );
  }
  if (values !== null && typeof values === 'object') {
    return Object.entries(values).map(([field, value]) => `${field}: ${showValue(value)}`);
  }
  return [];
}
