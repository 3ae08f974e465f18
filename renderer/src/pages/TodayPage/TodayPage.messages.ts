import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Today', it: 'Oggi' },
  couldNotLoad: { en: 'Today could not be loaded', it: 'Non è stato possibile caricare Oggi' },
  loadingReminders: { en: "Loading today's reminders", it: 'Caricamento dei promemoria di oggi' },
  reminders: { en: 'Reminders', it: 'Promemoria' },
  nobodyToday: { en: 'Nobody to think of today.', it: "Oggi non c'è nessuno a cui pensare." },
  nobodyTodaySnoozed: {
    en: (snoozed: number) => `Nobody to think of today (${snoozed} snoozed).`,
    it: (snoozed: number) =>
      `Oggi non c'è nessuno a cui pensare (${plural('it', snoozed, { one: '1 rimandato', other: `${snoozed} rimandati` })}).`,
  },
  snoozed: {
    en: (n: number) => `${n} snoozed`,
    it: (n: number) => plural('it', n, { one: '1 rimandato', other: `${n} rimandati` }),
  },
  showMore: {
    en: (count: number, total: number) => `Show ${count} more of ${total}`,
    it: (count: number, total: number) => `Mostrane altri ${count} su ${total}`,
  },
});
