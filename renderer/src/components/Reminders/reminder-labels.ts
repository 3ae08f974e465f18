import type { ContactStatus, ReminderKind } from '../../../../shared/domain/reminders.ts';

/** How each kind is named: on a row (one) and in the counts (many). */
export const KIND_LABELS: Record<ReminderKind, { one: string; many: string; color: string }> = {
  one_off: { one: 'Reminder', many: 'Reminders', color: 'grape' },
  overdue: { one: 'Overdue', many: 'Overdue', color: 'red' },
  birthday: { one: 'Birthday', many: 'Birthdays', color: 'pink' },
  important_date: { one: 'Special date', many: 'Special dates', color: 'violet' },
  post_purchase: { one: 'Follow-up', many: 'Follow-ups', color: 'cyan' },
  at_risk: { one: 'At risk', many: 'At risk', color: 'orange' },
  due: { one: 'Due back', many: 'Due back', color: 'blue' },
  stay_in_touch: { one: 'Stay in touch', many: 'Stay in touch', color: 'teal' },
};

/** A local calendar date N days after another, both YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** What the row says about reaching out: marked, never hidden (they may walk in). */
export function contactNote(contact: ContactStatus): { label: string; color: string } | null {
  if (contact.status === 'do_not_contact') return { label: 'Do not contact', color: 'red' };
  if (contact.status === 'no_consent') return { label: 'No consent to contact', color: 'gray' };
  return null;
}
