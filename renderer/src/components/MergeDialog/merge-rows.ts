import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { MERGE_FIELDS } from '../../../../shared/domain/duplicates.ts';
import { formatBirthday } from '../../format/dates.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { mergeFieldMessages, messages } from './MergeDialog.messages.ts';

/** Custom fields go by `custom:<id>` in a merge's choices (see MERGE_FIELDS in the contract). */
export const CUSTOM_PREFIX = 'custom:';

export interface MergeRow {
  key: string;
  label: string;
  /** What each side shows, '' when empty. */
  shown: Record<string, string>;
  /** Both filled in, differently: the user picks which value survives. */
  conflict: boolean;
}

function shownCustom(value: CustomFieldValue | undefined, language: Language): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') {
    const m = pickLanguage(messages, language);
    return value ? m.yes : m.no;
  }
  return String(value);
}

/** Compared the way the core stores them, so "what differs" here is what the core calls a conflict. */
function comparable(value: CustomFieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  return JSON.stringify(typeof value === 'string' ? value.trim() : value);
}

/** One row per field either customer has filled in, in the form's order, custom fields last. */
export function mergeRows(
  a: Customer,
  b: Customer,
  fields: readonly CustomField[],
  language: Language = currentLanguage(),
): MergeRow[] {
  const labels = pickLanguage(mergeFieldMessages, language);
  const rows: MergeRow[] = [];
  for (const key of MERGE_FIELDS) {
    const [left, right] = [a[key].trim(), b[key].trim()];
    if (left === '' && right === '') continue;
    const show = (value: string) => (key === 'birthday' && value ? formatBirthday(value) : value);
    rows.push({
      key,
      label: labels[key],
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
      label: fields.find((field) => field.id === id)?.name ?? pickLanguage(messages, language).customField,
      shown: {
        [a.id]: shownCustom(a.customFields[id], language),
        [b.id]: shownCustom(b.customFields[id], language),
      },
      conflict: left !== '' && right !== '' && left !== right,
    });
  }
  return rows;
}
