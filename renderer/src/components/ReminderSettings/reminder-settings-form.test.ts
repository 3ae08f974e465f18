import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/domain/reminder-settings.ts';
import { formFieldOf, reminderFormSchema, toFormValues, toUpdate } from './reminder-settings-form.ts';

describe('the reminder settings form', () => {
  it('round-trips the settings through percentages and an hour as text', () => {
    const values = toFormValues(DEFAULT_REMINDER_SETTINGS);
    expect(values).toMatchObject({
      atRiskPercent: 50,
      lostPercent: 5,
      notifyHour: '9',
      importantDateFieldIds: [],
    });
    expect(toUpdate(values)).toEqual({ ...DEFAULT_REMINDER_SETTINGS });
    expect(toUpdate({ ...values, notifyHour: '' }).notifyHour).toBeNull();
  });

  it('refuses thresholds in the wrong order, next to the field', () => {
    const values = { ...toFormValues(DEFAULT_REMINDER_SETTINGS), stopAfterFactor: 1.2, overdueFactor: 1.5 };
    const result = reminderFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['stopAfterFactor', 'Off the list at must be above the overdue multiple'],
    ]);
  });

  it('maps the core’s field names onto the form’s', () => {
    expect(formFieldOf('lostBelow')).toBe('lostPercent');
    expect(formFieldOf('postPurchaseRules.0.days')).toBe('postPurchaseRules.0.days');
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});
