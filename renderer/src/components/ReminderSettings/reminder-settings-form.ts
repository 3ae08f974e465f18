import { z } from 'zod';
import type {
  ReminderSettings,
  ReminderSettingsUpdate,
} from '../../../../shared/domain/reminder-settings.ts';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction.ts';

// The form shows probabilities as percentages and the notification hour as text ('' = off); the
// contract takes fractions and a number. The same limits, with messages that read next to a field.

const number = (label: string, min: number, max: number, whole = false) => {
  const base = z.number({ error: `${label} is required` });
  return (whole ? base.int(`${label} must be a whole number`) : base)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);
};

export const reminderFormSchema = z
  .object({
    visitKinds: z.array(z.enum(INTERACTION_KINDS)).min(1, 'Choose at least one kind'),
    overdueFactor: number('Overdue at', 1.05, 10),
    stopAfterFactor: number('Off the list at', 1.1, 50),
    birthdayDaysAhead: number('Days ahead', 0, 60, true),
    importantDateFieldIds: z.array(z.string()),
    atRiskPercent: number('At risk below', 1, 99, true),
    lostPercent: number('Gone below', 0, 98, true),
    atRiskMinVisits: number('Visits', 2, 1000, true),
    minRepeatCustomers: number('Customers who came back', 1, 1_000_000, true),
    notifyHour: z.string(),
    postPurchaseRules: z.array(
      z.object({
        id: z.string().optional(),
        kind: z.enum(INTERACTION_KINDS),
        days: number('Days after', 1, 365, true),
        note: z.string().max(200, 'Note must be at most 200 characters'),
      }),
    ),
  })
  .superRefine((values, ctx) => {
    if (values.stopAfterFactor <= values.overdueFactor) {
      ctx.addIssue({
        code: 'custom',
        path: ['stopAfterFactor'],
        message: 'Off the list at must be above the overdue multiple',
      });
    }
    if (values.lostPercent >= values.atRiskPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['lostPercent'],
        message: 'Gone below must be below the at-risk threshold',
      });
    }
  });
export type ReminderFormValues = z.infer<typeof reminderFormSchema>;

export function toFormValues(settings: ReminderSettings): ReminderFormValues {
  return {
    visitKinds: settings.visitKinds,
    overdueFactor: settings.overdueFactor,
    stopAfterFactor: settings.stopAfterFactor,
    birthdayDaysAhead: settings.birthdayDaysAhead,
    importantDateFieldIds: settings.importantDateFieldIds ?? [],
    atRiskPercent: Math.round(settings.atRiskBelow * 100),
    lostPercent: Math.round(settings.lostBelow * 100),
    atRiskMinVisits: settings.atRiskMinVisits,
    minRepeatCustomers: settings.minRepeatCustomers,
    notifyHour: settings.notifyHour === null ? '' : String(settings.notifyHour),
    postPurchaseRules: settings.postPurchaseRules,
  };
}

export function toUpdate(values: ReminderFormValues): ReminderSettingsUpdate {
  return {
    visitKinds: values.visitKinds,
    overdueFactor: values.overdueFactor,
    stopAfterFactor: values.stopAfterFactor,
    birthdayDaysAhead: values.birthdayDaysAhead,
    importantDateFieldIds: values.importantDateFieldIds.length === 0 ? null : values.importantDateFieldIds,
    atRiskBelow: values.atRiskPercent / 100,
    lostBelow: values.lostPercent / 100,
    atRiskMinVisits: values.atRiskMinVisits,
    minRepeatCustomers: values.minRepeatCustomers,
    notifyHour: values.notifyHour === '' ? null : Number(values.notifyHour),
    postPurchaseRules: values.postPurchaseRules.map((rule) => ({ ...rule, note: rule.note.trim() })),
  };
}

/** The contract's field name → the form's, so a refusal from the core lands next to its field. */
export function formFieldOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const renamed: Record<string, string> = { atRiskBelow: 'atRiskPercent', lostBelow: 'lostPercent' };
  const [head = '', ...rest] = field.split('.');
  return [renamed[head] ?? head, ...rest].join('.');
}
