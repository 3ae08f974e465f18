import { defineMessages } from '../../i18n/define-messages.ts';

const days = {
  en: (n: number) => (n === 1 ? '1 day' : `${n} days`),
  it: (n: number) => (n === 1 ? '1 giorno' : `${n} giorni`),
};

export const messages = defineMessages({
  reminders: { en: 'Reminders', it: 'Promemoria' },
  loadingSettings: { en: 'Loading reminder settings', it: 'Caricamento delle impostazioni dei promemoria' },
  // Where the visit model stands
  typicalInterval: {
    en: (n: number) => ` The shop's typical interval is ${n} days.`,
    it: (n: number) => ` L'intervallo tipico del negozio è di ${days.it(n)}.`,
  },
  modelFitted: {
    en: (at: string | null, customers: number, typical: string) =>
      `Visit model fitted ${at ?? ''} from ${customers} customers who came back.${typical}`,
    it: (at: string | null, customers: number, typical: string) =>
      `Modello delle visite calcolato${at === null ? '' : ` il ${at}`} su ${customers} clienti tornati.${typical}`,
  },
  tooLittleHistory: {
    en: (customers: number, needed: number, typical: string) =>
      `Not enough history for the visit model yet (${customers} of ${needed} customers who came back): reminders follow rhythms only.${typical}`,
    it: (customers: number, needed: number, typical: string) =>
      `Storico ancora insufficiente per il modello delle visite (${customers} clienti tornati su ${needed}): i promemoria seguono solo i ritmi.${typical}`,
  },
  notYetFitted: {
    en: (typical: string) => `The visit model is fitted in the background after a quiet moment.${typical}`,
    it: (typical: string) =>
      `Il modello delle visite viene calcolato in background, in un momento di calma.${typical}`,
  },
  // The settings form
  reminderSettings: { en: 'Reminder settings', it: 'Impostazioni dei promemoria' },
  saved: { en: 'Reminder settings saved.', it: 'Impostazioni dei promemoria salvate.' },
  noNotification: { en: 'No notification', it: 'Nessuna notifica' },
  whatCountsAsVisit: { en: 'What counts as a visit', it: 'Cosa conta come visita' },
  rhythm: { en: 'Rhythm', it: 'Ritmo' },
  overdueAt: { en: 'Overdue at (× the usual interval)', it: "In ritardo a (× l'intervallo abituale)" },
  offTheListAt: {
    en: 'Off the list at (× the usual interval)',
    it: "Fuori dalla lista a (× l'intervallo abituale)",
  },
  birthdaysAndDates: { en: 'Birthdays and other dates', it: 'Compleanni e altre date' },
  daysAhead: { en: 'Days ahead', it: 'Giorni di anticipo' },
  dateFields: { en: 'Date fields remembered every year', it: 'Campi data da ricordare ogni anno' },
  everyDateField: { en: 'Every date field', it: 'Tutti i campi data' },
  stillARegular: { en: 'Still a regular?', it: 'Ancora cliente abituale?' },
  atRiskBelow: {
    en: 'At risk below (% likely still a regular)',
    it: 'A rischio sotto (% di probabilità che sia ancora abituale)',
  },
  goneBelow: { en: 'Gone below (%), off the list', it: 'Perso sotto (%), fuori dalla lista' },
  onlyAfterVisits: { en: 'Only after at least (visits)', it: 'Solo dopo almeno (visite)' },
  estimateFrom: { en: 'Estimate from (customers who came back)', it: 'Stima da (clienti tornati)' },
  dailyNotification: { en: 'Daily desktop notification', it: 'Notifica giornaliera sul desktop' },
  saveSettings: { en: 'Save reminder settings', it: 'Salva le impostazioni dei promemoria' },
  // Follow-up rules
  followUpsAfter: { en: 'Follow-ups after an interaction', it: "Ricontatti dopo un'attività" },
  noRulesYet: { en: 'No rules yet.', it: 'Ancora nessuna regola.' },
  rule: { en: (n: number) => `Rule ${n}`, it: (n: number) => `Regola ${n}` },
  daysAfter: { en: 'Days after', it: 'Giorni dopo' },
  /** Reads on from "Days after": "3 days after a Purchase". */
  afterKind: { en: 'a', it: 'Attività' },
  note: { en: 'Note', it: 'Nota' },
  notePlaceholder: { en: 'Ask how the colour holds', it: 'Chiedi come tiene il colore' },
  removeRule: { en: (n: number) => `Remove rule ${n}`, it: (n: number) => `Rimuovi la regola ${n}` },
  addFollowUpRule: { en: 'Add a follow-up rule', it: 'Aggiungi una regola di ricontatto' },
  // Tag rules
  tagRequired: { en: 'Tag is required', it: "L'etichetta è obbligatoria" },
  everyOutOfRange: { en: 'Every must be 1 to 3650 days', it: 'Ogni: da 1 a 3650 giorni' },
  tagRuleSet: {
    en: (tag: string, every: number) => `Everyone tagged ${tag}: stay in touch every ${every} days.`,
    it: (tag: string, every: number) =>
      `Tutti con l'etichetta ${tag}: da ricontattare ogni ${days.it(every)}.`,
  },
  stayInTouchByTag: { en: 'Stay in touch by tag', it: 'Resta in contatto per etichetta' },
  noTagRulesYet: { en: 'No tag rules yet.', it: 'Ancora nessuna regola per etichetta.' },
  tagRule: {
    en: (tag: string, every: number) => `${tag}: every ${days.en(every)}`,
    it: (tag: string, every: number) => `${tag}: ogni ${days.it(every)}`,
  },
  removeTagRule: {
    en: (tag: string) => `Remove the rule for ${tag}`,
    it: (tag: string) => `Rimuovi la regola per ${tag}`,
  },
  newTagRule: { en: 'New tag rule', it: 'Nuova regola per etichetta' },
  tag: { en: 'Tag', it: 'Etichetta' },
  everyDays: { en: 'Every (days)', it: 'Ogni (giorni)' },
  setRule: { en: 'Set rule', it: 'Imposta la regola' },
});

/** The fields the settings form checks, named in its messages. */
export const checkedFieldMessages = defineMessages({
  overdueAt: { en: 'Overdue at', it: 'In ritardo a' },
  offTheListAt: { en: 'Off the list at', it: 'Fuori dalla lista a' },
  daysAhead: { en: 'Days ahead', it: 'Giorni di anticipo' },
  atRiskBelow: { en: 'At risk below', it: 'A rischio sotto' },
  goneBelow: { en: 'Gone below', it: 'Perso sotto' },
  visits: { en: 'Visits', it: 'Visite' },
  customersWhoCameBack: { en: 'Customers who came back', it: 'Clienti tornati' },
  daysAfter: { en: 'Days after', it: 'Giorni dopo' },
});

export const problemMessages = defineMessages({
  required: {
    en: (field: string) => `${field} is required`,
    it: (field: string) => `${field}: obbligatorio`,
  },
  wholeNumber: {
    en: (field: string) => `${field} must be a whole number`,
    it: (field: string) => `${field}: serve un numero intero`,
  },
  atLeast: {
    en: (field: string, min: number) => `${field} must be at least ${min}`,
    it: (field: string, min: number) => `${field}: almeno ${min.toLocaleString('it-IT')}`,
  },
  atMost: {
    en: (field: string, max: number) => `${field} must be at most ${max}`,
    it: (field: string, max: number) => `${field}: al massimo ${max.toLocaleString('it-IT')}`,
  },
  chooseAKind: { en: 'Choose at least one kind', it: 'Scegli almeno un tipo' },
  noteTooLong: {
    en: 'Note must be at most 200 characters',
    it: 'La nota può avere al massimo 200 caratteri',
  },
  stopAfterOverdue: {
    en: 'Off the list at must be above the overdue multiple',
    it: 'Fuori dalla lista deve essere sopra il multiplo di ritardo',
  },
  lostBelowAtRisk: {
    en: 'Gone below must be below the at-risk threshold',
    it: 'Perso sotto deve essere sotto la soglia a rischio',
  },
});
