import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Insights', it: 'Andamento' },
  downloadCsv: { en: 'Download CSV', it: 'Scarica CSV' },
  loadingFigures: { en: 'Loading the figures', it: 'Caricamento dei numeri' },
  periodSummary: {
    en: (from: string, to: string, previousFrom: string, previousTo: string, activeDays: number) =>
      `${from} to ${to}, compared with ${previousFrom} to ${previousTo}. Active: a visit in the last ${activeDays} days.`,
    it: (from: string, to: string, previousFrom: string, previousTo: string, activeDays: number) =>
      `Dal ${from} al ${to}, rispetto al periodo dal ${previousFrom} al ${previousTo}. Attivi: una visita negli ultimi ${activeDays} giorni.`,
  },
  figures: { en: 'Figures', it: 'Indicatori' },
  weekByWeek: { en: 'Week by week', it: 'Settimana per settimana' },
  numbersByWeek: { en: 'Numbers by week', it: 'I numeri settimana per settimana' },
  doNewCustomersComeBack: { en: 'Do new customers come back?', it: 'I nuovi clienti tornano?' },

  // The active window
  activeWindow: { en: 'Active window (days)', it: 'Periodo di attività (giorni)' },
  activeWindowHint: {
    en: 'Active customers visited within this many days',
    it: 'I clienti attivi sono venuti entro questo numero di giorni',
  },
  save: { en: 'Save', it: 'Salva' },
  activeNowMeans: {
    en: (days: number) => `Active now means a visit in the last ${days} days.`,
    it: (days: number) => `Ora “attivo” vuol dire con una visita negli ultimi ${days} giorni.`,
  },
  theWindow: { en: 'The window', it: 'Il periodo' },
  windowNotWhole: {
    en: 'The window must be a whole number of days',
    it: 'Il periodo deve essere un numero intero di giorni',
  },
  windowTooShort: {
    en: 'The window must be at least 7 days',
    it: 'Il periodo deve essere di almeno 7 giorni',
  },
  windowTooLong: {
    en: 'The window must be at most 730 days',
    it: 'Il periodo può essere al massimo di 730 giorni',
  },

  // The CSV report
  figureColumn: { en: 'Figure', it: 'Indicatore' },
  changeColumn: { en: 'Change', it: 'Variazione' },
  periodRange: {
    en: (from: string, to: string) => `${from} to ${to}`,
    it: (from: string, to: string) => `dal ${from} al ${to}`,
  },
  noAnswersYet: { en: 'no answers yet', it: 'ancora nessuna risposta' },
  answers: {
    en: (n: number) => plural('en', n, { one: ' (1 answer)', other: ` (${n} answers)` }),
    it: (n: number) => plural('it', n, { one: ' (1 risposta)', other: ` (${n} risposte)` }),
  },
  /** A change of a rate, in percentage points: "▲ 2.5". */
  pointsChange: { en: (change: string) => `${change} pts`, it: (change: string) => `${change} p.p.` },
});
