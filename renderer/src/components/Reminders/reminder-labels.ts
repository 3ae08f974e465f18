import { useMemo } from 'react';
import {
  REMINDER_KINDS,
  type ContactStatus,
  type ReminderKind,
  type ReminderReason,
} from '../../../../shared/domain/reminders.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage, useLanguage } from '../../i18n/LanguageProvider.tsx';
import { contactMessages, kindManyMessages, kindOneMessages, reasonMessages } from './Reminders.messages.ts';

export type ReminderKindLabels = Record<ReminderKind, { one: string; many: string; color: string }>;

const COLORS: Record<ReminderKind, string> = {
  one_off: 'grape',
  overdue: 'red',
  birthday: 'pink',
  important_date: 'violet',
  post_purchase: 'cyan',
  at_risk: 'orange',
  due: 'blue',
  stay_in_touch: 'teal',
};

function kindLabels(language: Language): ReminderKindLabels {
  const one = pickLanguage(kindOneMessages, language);
  const many = pickLanguage(kindManyMessages, language);
  return Object.fromEntries(
    REMINDER_KINDS.map((kind) => [kind, { one: one[kind], many: many[kind], color: COLORS[kind] }]),
  ) as ReminderKindLabels;
}

/** How each kind is named: on a row (one) and in the counts (many). In English; see the hook. */
export const KIND_LABELS: ReminderKindLabels = kindLabels('en');

/** KIND_LABELS in the reader's language. */
export function useReminderKindLabels(): ReminderKindLabels {
  const { language } = useLanguage();
  return useMemo(() => kindLabels(language), [language]);
}

/** A local calendar date N days after another, both YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one local calendar date to another, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What the row says about reaching out: marked, never hidden (they may walk in). */
export function contactNote(
  contact: ContactStatus,
  language: Language = currentLanguage(),
): { label: string; color: string } | null {
  const words = pickLanguage(contactMessages, language);
  if (contact.status === 'do_not_contact') return { label: words.doNotContact, color: 'red' };
  if (contact.status === 'no_consent') return { label: words.noConsent, color: 'gray' };
  return null;
}

/** A reason in words, from its fields; `today` (YYYY-MM-DD) says how late it is. */
export function reasonText(reason: ReminderReason, today: string, language: Language): string {
  const words = pickLanguage(reasonMessages, language);
  const late = Math.max(0, daysBetween(reason.dueDate, today));
  switch (reason.kind) {
    case 'due':
      return words.due(reason);
    case 'overdue':
      return words.overdue(reason);
    case 'at_risk':
      return words.at_risk(reason);
    case 'birthday':
      return words.birthday(reason);
    case 'important_date':
      return words.important_date(reason);
    case 'post_purchase':
      return words.post_purchase(reason, late);
    case 'stay_in_touch':
      return words.stay_in_touch(reason);
    case 'one_off':
      return words.one_off(reason, late);
  }
}

/** `reasonText` in the reader's language: `const say = useReminderReasonText(); say(reason, today)`. */
export function useReminderReasonText(): (reason: ReminderReason, today: string) => string {
  const { language } = useLanguage();
  return useMemo(() => (reason, today) => reasonText(reason, today, language), [language]);
}
