import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import type { CustomerFilter } from '../../../../shared/domain/customer-query.ts';
import type { ConsentChannel } from '../../../../shared/domain/customer.ts';
import { parseAmountToMinor } from '../../../../shared/domain/money.ts';
import { fixedValidationMessages as fixed } from '../../format/validation.messages.ts';

/** The filters panel as typed: strings, so a half-typed amount is not lost or misread. */
export interface FilterValues {
  tags: string[];
  /** YYYY-MM-DD, or '' for open-ended. */
  lastVisitFrom: string;
  lastVisitTo: string;
  spendMin: string;
  spendMax: string;
  consent: ConsentChannel | '';
  fieldId: string;
  fieldValue: string;
}

export const EMPTY_FILTER_VALUES: FilterValues = {
  tags: [],
  lastVisitFrom: '',
  lastVisitTo: '',
  spendMin: '',
  spendMax: '',
  consent: '',
  fieldId: '',
  fieldValue: '',
};

export type FilterErrors = Partial<Record<'spendMin' | 'spendMax' | 'fieldValue', string>>;

/** Local midnight of a YYYY-MM-DD day, plus `days`; null when the text is not a day. */
function localDayStart(day: string, days = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year = 0, month = 1, date = 1] = match.slice(1).map(Number);
  const time = new Date(year, month - 1, date + days).getTime();
  return Number.isNaN(time) || time < 0 ? null : time;
}

function customFieldValue(field: CustomField, text: string): string | number | boolean | undefined {
  if (field.type === 'boolean') return text === 'yes' ? true : text === 'no' ? false : undefined;
  if (field.type === 'number') {
    const number = Number(text.replace(',', '.'));
    return Number.isFinite(number) ? number : undefined;
  }
  return text.slice(0, 1000);
}

/**
 * Turns the typed filters into the list query's filter; what cannot be read yet (an amount like
 * "12,5x") is left out and reported, so the list never filters by a guess. Errors are in English, as the schemas write them:
 * `fieldMessage` shows them in the reader's language.
 */
export function toCustomerFilter(
  values: FilterValues,
  fields: readonly CustomField[],
): { filter: CustomerFilter; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const filter: CustomerFilter = {
    tags: values.tags.filter((tag) => tag.length <= 40).slice(0, 10),
    customFields: [],
  };
  const from = localDayStart(values.lastVisitFrom);
  if (from !== null) filter.lastVisitFrom = from;
  // "To" is inclusive: up to the last millisecond of that day.
  const afterTo = localDayStart(values.lastVisitTo, 1);
  if (afterTo !== null) filter.lastVisitTo = afterTo - 1;
  for (const [key, target] of [
    ['spendMin', 'spendMinMinor'],
    ['spendMax', 'spendMaxMinor'],
  ] as const) {
    const text = values[key].trim();
    if (text === '') continue;
    const minor = parseAmountToMinor(text);
    if (minor === null) errors[key] = fixed.mustBeAmount.en;
    else filter[target] = minor;
  }
  if (values.consent !== '') filter.consent = values.consent;
  const field = fields.find((candidate) => candidate.id === values.fieldId);
  if (field && values.fieldValue.trim() !== '') {
    const value = customFieldValue(field, values.fieldValue.trim());
    if (value === undefined) errors.fieldValue = fixed.mustBeNumber.en;
    else filter.customFields = [{ fieldId: field.id, value }];
  }
  return { filter, errors };
}

/** How many filters are in force, for the "Filters (2)" button. */
export function countActiveFilters(filter: CustomerFilter): number {
  return (
    (filter.tags?.length ? 1 : 0) +
    (filter.lastVisitFrom !== undefined || filter.lastVisitTo !== undefined ? 1 : 0) +
    (filter.spendMinMinor !== undefined || filter.spendMaxMinor !== undefined ? 1 : 0) +
    (filter.consent !== undefined ? 1 : 0) +
    (filter.customFields?.length ?? 0)
  );
}
