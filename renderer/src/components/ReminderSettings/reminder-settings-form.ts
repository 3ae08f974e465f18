import { z } from 'zod';
import type {
  ReminderSettings,
  ReminderSettingsUpdate,
} from '../../../../shared/domain/reminder-settings.ts';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction.ts';
import { pickLanguage, type MessagesIn } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { checkedFieldMessages, problemMessages } from './ReminderSettings.messages.ts';

// The form shows probabilities as percentages and the notification hour as text ('' = off); the
// contract takes fractions and a number. The same limits, with messages that read next to a field,
// worded when a check fails in the language on screen then.

type Problems = MessagesIn<typeof problemMessages>;
type Field = keyof typeof checkedFieldMessages;

/** Zod's `error` option: the message is worded when the check fails, in the language on screen then. */
const worded = (word: (problems: Problems) => string) => ({
  error: () => word(pickLanguage(problemMessages, currentLanguage())),
});

const number = (field: Field, min: number, max: number, whole = false) => {
  const name = () => pickLanguage(checkedFieldMessages, currentLanguage())[field];
  const base = z.number(worded((p) => p.required(name())));
  return (whole ? base.int(worded((p) => p.wholeNumber(name()))) : base)
    .min(
      min,
      worded((p) => p.atLeast(name(), min)),
    )
    .max(
      max,
      worded((p) => p.atMost(name(), max)),
    );
};

export const reminderFormSchema = z
  .object({
    visitKinds: z.array(z.enum(INTERACTION_KINDS)).min(
      1,
      worded((p) => p.chooseAKind),
    ),
    overdueFactor: number('overdueAt', 1.05, 10),
    stopAfterFactor: number('offTheListAt', 1.1, 50),
    birthdayDaysAhead: number('daysAhead', 0, 60, true),
    importantDateFieldIds: z.array(z.string()),
    atRiskPercent: number('atRiskBelow', 1, 99, true),
    lostPercent: number('goneBelow', 0, 98, true),
    atRiskMinVisits: number('visits', 2, 1000, true),
    minRepeatCustomers: number('customersWhoCameBack', 1, 1_000_000, true),
    notifyHour: z.string(),
    postPurchaseRules: z.array(
      z.object({
        id: z.string().optional(),
        kind: z.enum(INTERACTION_KINDS),
        days: number('daysAfter', 1, 365, true),
        note: z.string().max(
          200,
          worded((p) => p.noteTooLong),
        ),
      }),
    ),
  })
  .superRefine((values, ctx) => {
    if (values.stopAfterFactor <= values.overdueFactor) {
      ctx.addIssue({
        code: 'custom',
        path: ['stopAfterFactor'],
        message: pickLanguage(problemMessages, currentLanguage()).stopAfterOverdue,
      });
    }
    if (values.lostPercent >= values.atRiskPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['lostPercent'],
        message: pickLanguage(problemMessages, currentLanguage()).lostBelowAtRisk,
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
