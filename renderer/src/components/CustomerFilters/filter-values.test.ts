import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { countActiveFilters, EMPTY_FILTER_VALUES, toCustomerFilter } from './filter-values.ts';

const field = (type: CustomField['type']): CustomField => ({
  id: `f-${type}`,
  name: type,
  type,
  choices: [],
  position: 0,
  archived: false,
});

describe('toCustomerFilter', () => {
  it('reads the last-visit days as whole local days, "to" included', () => {
    const { filter } = toCustomerFilter(
      { ...EMPTY_FILTER_VALUES, lastVisitFrom: '2025-03-01', lastVisitTo: '2025-03-31' },
      [],
    );
    expect(filter.lastVisitFrom).toBe(new Date(2025, 2, 1).getTime());
    expect(filter.lastVisitTo).toBe(new Date(2025, 3, 1).getTime() - 1);
  });

  it('turns amounts into minor units and reports one it cannot read instead of guessing', () => {
    const { filter, errors } = toCustomerFilter(
      { ...EMPTY_FILTER_VALUES, spendMin: '12,5', spendMax: '12.5.0' },
      [],
    );
    expect(filter.spendMinMinor).toBe(1250);
    expect(filter.spendMaxMinor).toBeUndefined();
    expect(errors).toEqual({ spendMax: 'must be an amount like 12.50' });
  });

  it('compares a custom field by its type: numbers as numbers, yes/no as booleans', () => {
    const fields = [field('number'), field('boolean')];
    expect(
      toCustomerFilter({ ...EMPTY_FILTER_VALUES, fieldId: 'f-number', fieldValue: '38,5' }, fields).filter
        .customFields,
    ).toEqual([{ fieldId: 'f-number', value: 38.5 }]);
    expect(
      toCustomerFilter({ ...EMPTY_FILTER_VALUES, fieldId: 'f-boolean', fieldValue: 'no' }, fields).filter
        .customFields,
    ).toEqual([{ fieldId: 'f-boolean', value: false }]);
    expect(
      toCustomerFilter({ ...EMPTY_FILTER_VALUES, fieldId: 'f-number', fieldValue: 'big' }, fields).errors,
    ).toEqual({ fieldValue: 'must be a number' });
  });

  it('counts the filters in force, a range as one', () => {
    const { filter } = toCustomerFilter(
      { ...EMPTY_FILTER_VALUES, tags: ['vip'], spendMin: '1', spendMax: '9', consent: 'sms' },
      [],
    );
    expect(countActiveFilters(filter)).toBe(3);
    expect(countActiveFilters(toCustomerFilter(EMPTY_FILTER_VALUES, []).filter)).toBe(0);
  });
});
