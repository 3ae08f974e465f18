import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { MERGE_FIELDS } from '../../../../shared/domain/duplicates.ts';
import { formatBirthday } from '../../format/dates.ts';

/** Custom fields go by `custom:<id>` in a merge's choices (see MERGE_FIELDS in the contract). */
export const CUSTOM_PREFIX = 'custom:';

export const MERGE_LABELS: Record<(typeof MERGE_FIELDS)[number], string> = {
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone',
  email: 'Email',
  birthday: 'Birthday',
  address: 'Address',
  notes: 'Notes',
  code: 'Customer code',
};

export interface MergeRow {
  key: string;
  label: string;
  /** What each side shows, '' when empty. */
  shown: Record<string, string>;
  /** Both filled in, differently: the user picks which value survives. */
  conflict: boolean;
}

function shownCustom(value: CustomFieldValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** Compared the way the core stores them, so "what differs" here is what the core calls a conflict. */
function comparable(value: CustomFieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  return JSON.stringify(typeof value === 'string' ? value.trim() : value);
}

/** One row per field either customer has filled in, in the form's order, custom fields last. */
export function mergeRows(a: Customer, b: Customer, fields: readonly CustomField[]): MergeRow[] {
  const rows: MergeRow[] = [];
  for (const key of MERGE_FIELDS) {
    const [left, right] = [a[key].trim(), b[key].trim()];
    if (left === '' && right === '') continue;
    const show = (value: string) => (key === 'birthday' && value ? formatBirthday(value) : value);
    rows.push({
      key,
      label: MERGE_LABELS[key],
      shown: { [a.id]: show(left), [b.id]: show(right) },
      conflict: left !== '' && right !== '' && a[key] !== b[key],
    });
  }
  const ids = new Set([...Object.keys(a.customFields), ...Object.keys(b.customFields)]);
  for (const id of ids) {
    const [left, right] = [comparable(a.customFields[id]), comparable(b.customFields[id])];
    if (left === '' && right === '') continue;
    rows.push({
      key: `${CUSTOM_PREFIX}${id}`,
      label: fields.find((field) => field.id === id)?.name ?? 'Custom field',
      shown: { [a.id]: shownCustom(a.customFields[id]), [b.id]: shownCustom(b.customFields[id]) },
      conflict: left !== '' && right !== '' && left !== right,
    });
  }
  return rows;
}
