import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  keyFacts: { en: 'Key facts', it: 'Dati principali' },
  usuallyEvery: {
    en: (days: number) =>
      plural('en', days, { one: 'Usually every day', other: `Usually every ${days} days` }),
    it: (days: number) =>
      plural('it', days, { one: 'Di solito ogni giorno', other: `Di solito ogni ${days} giorni` }),
  },
  today: { en: 'today', it: 'oggi' },
  yesterday: { en: 'yesterday', it: 'ieri' },
  daysAgo: { en: (days: number) => `${days} days ago`, it: (days: number) => `${days} giorni fa` },
  firstVisit: { en: 'First visit', it: 'Prima visita' },
  lastVisit: { en: 'Last visit', it: 'Ultima visita' },
  visits: { en: 'Visits', it: 'Visite' },
  totalSpend: { en: 'Total spend', it: 'Spesa totale' },
  averageSpend: { en: 'Average spend', it: 'Spesa media' },
  rhythm: { en: 'Rhythm', it: 'Frequenza' },
  notEnoughVisits: { en: 'Not enough visits yet', it: 'Ancora poche visite' },
  lastVisitSince: {
    en: (date: string, since: string) => `${date} (${since})`,
    it: (date: string, since: string) => `${date} (${since})`,
  },
});
