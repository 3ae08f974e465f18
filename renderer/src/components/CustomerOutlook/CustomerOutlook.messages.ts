import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

// Numbers in English are written as the core writes them ("1.7"); in Italian with a comma ("1,7").
const it1 = (n: number) => new Intl.NumberFormat('it', { maximumFractionDigits: 1 }).format(n);
const daysEn = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const daysIt = (n: number) => `${it1(n)} ${n === 1 ? 'giorno' : 'giorni'}`;
const agoEn = (n: number) => (n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`);
const agoIt = (n: number) => (n === 0 ? 'oggi' : n === 1 ? 'ieri' : `${n} giorni fa`);
const inDaysEn = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);
const inDaysIt = (n: number) => (n === 0 ? 'oggi' : n === 1 ? 'domani' : `tra ${n} giorni`);
const visitsEn = (n: number) => (n === 1 ? '1 visit' : `${n} visits`);
const visitsIt = (n: number) => (n === 1 ? '1 visita' : `${n} visite`);
/** "0.8 visits", one decimal always. */
const decimalVisitsEn = (n: number) => `${n.toFixed(1)} ${n.toFixed(1) === '1.0' ? 'visit' : 'visits'}`;
const decimalVisitsIt = (n: number) =>
  `${new Intl.NumberFormat('it', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)} ${n.toFixed(1) === '1.0' ? 'visita' : 'visite'}`;

export const messages = defineMessages({
  // CustomerOutlook
  loading: { en: "Loading the customer's rhythm", it: 'Caricamento della frequenza del cliente' },
  title: { en: 'Rhythm and outlook', it: 'Frequenza e previsioni' },
  openReminders: { en: 'Open reminders', it: 'Promemoria aperti' },
  snoozedUntil: { en: (day: string) => `Snoozed until ${day}.`, it: (day: string) => `Rimandato al ${day}.` },
  throughTags: {
    en: (rules: { tag: string; everyDays: number }[]) =>
      `Through tags: ${rules.map((rule) => `${rule.tag} every ${rule.everyDays} days`).join(', ')}.`,
    it: (rules: { tag: string; everyDays: number }[]) =>
      `Tramite etichette: ${rules.map((rule) => `${rule.tag} ogni ${rule.everyDays} giorni`).join(', ')}.`,
  },
  // ContactPlanForm
  stayWholeDays: { en: 'Stay in touch must be whole days', it: 'Resta in contatto: solo giorni interi' },
  stayAtLeast: { en: 'Stay in touch must be at least 1 day', it: 'Resta in contatto: almeno 1 giorno' },
  stayAtMost: {
    en: 'Stay in touch must be at most 3650 days',
    it: 'Resta in contatto: al massimo 3650 giorni',
  },
  planSaved: { en: 'Contact plan saved.', it: 'Piano di contatto salvato.' },
  contactPlan: { en: 'Contact plan', it: 'Piano di contatto' },
  stayEvery: { en: 'Stay in touch every (days)', it: 'Resta in contatto ogni (giorni)' },
  emptyNoPlan: { en: 'Empty: no plan', it: 'Vuoto: nessun piano' },
  doNotContact: { en: 'Do not contact', it: 'Non contattare' },
  doNotContactHint: {
    en: 'Still listed, marked, for when they walk in',
    it: 'Resta in elenco, segnalato, per quando passa in negozio',
  },
  savePlan: { en: 'Save plan', it: 'Salva piano' },
  // OneOffReminders
  chooseDate: { en: 'Choose a date', it: 'Scegli una data' },
  sayWhat: { en: 'Say what to remember', it: 'Scrivi cosa ricordare' },
  noteTooLong: {
    en: 'Note must be at most 500 characters',
    it: 'La nota può avere al massimo 500 caratteri',
  },
  reminderSet: {
    en: (day: string) => `Reminder set for ${day}.`,
    it: (day: string) => `Promemoria fissato per il ${day}.`,
  },
  reminderCancelled: { en: 'Reminder cancelled.', it: 'Promemoria annullato.' },
  oneOffLine: {
    en: (day: string, note: string) => `${day}: ${note}`,
    it: (day: string, note: string) => `${day}: ${note}`,
  },
  cancelReminderOf: {
    en: (day: string) => `Cancel the reminder of ${day}`,
    it: (day: string) => `Annulla il promemoria del ${day}`,
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  newReminder: { en: 'New reminder', it: 'Nuovo promemoria' },
  remindMeOn: { en: 'Remind me on', it: 'Ricordamelo il' },
  about: { en: 'About', it: 'Di cosa' },
  aboutPlaceholder: { en: 'Tell about the new range', it: 'Parlagli della nuova collezione' },
  addReminder: { en: 'Add reminder', it: 'Aggiungi promemoria' },
  // outlook-text
  noVisitsYet: { en: 'No visits yet.', it: 'Ancora nessuna visita.' },
  oneVisitAgo: {
    en: (ago: number) => `One visit so far, ${agoEn(ago)}.`,
    it: (ago: number) => `Una sola visita finora, ${agoIt(ago)}.`,
  },
  oneVisitShopInterval: {
    en: (ago: number, every: number) =>
      `One visit so far; last visit ${agoEn(ago)}. The shop's typical interval is ${daysEn(every)} (shop-wide, until they come back).`,
    it: (ago: number, every: number) =>
      `Una sola visita finora; ultima visita ${agoIt(ago)}. L'intervallo tipico del negozio è di ${daysIt(every)} (per tutto il negozio, finché non torna).`,
  },
  usuallyEvery: {
    en: (every: number, ago: number) => `Usually every ${daysEn(every)}; last visit ${agoEn(ago)}.`,
    it: (every: number, ago: number) => `Di solito ogni ${daysIt(every)}; ultima visita ${agoIt(ago)}.`,
  },
  dueBackSince: { en: (day: string) => `Due back since ${day}`, it: (day: string) => `Atteso dal ${day}` },
  overdueSince: { en: (day: string) => `Overdue since ${day}`, it: (day: string) => `In ritardo dal ${day}` },
  lapsed: { en: 'Lapsed: well past their rhythm', it: 'Perso: ben oltre la sua frequenza' },
  nextDue: {
    en: (day: string) => `Next due ${day}`,
    it: (day: string) => `Prossima visita attesa il ${day}`,
  },
  prediction: {
    en: (percent: number, in30: number, in90: number) =>
      `${percent}% likely still a regular · expected ${decimalVisitsEn(in30)} in the next 30 days, ${decimalVisitsEn(in90)} in the next 90`,
    it: (percent: number, in30: number, in90: number) =>
      `${percent}% di probabilità che sia ancora un cliente abituale · previste ${decimalVisitsIt(in30)} nei prossimi 30 giorni, ${decimalVisitsIt(in90)} nei prossimi 90`,
  },
});

/** The model in words (the core's explanation, worded here from its numbers). */
export const explanationMessages = defineMessages({
  noVisits: {
    en: 'No visits yet: the rhythm and the estimates start with the first visit.',
    it: 'Ancora nessuna visita: la frequenza e le stime partono dalla prima visita.',
  },
  history: {
    en: (visits: number, ago: number) => `${visitsEn(visits)}, the last one ${agoEn(ago)}`,
    it: (visits: number, ago: number) => `${visitsIt(visits)}, l'ultima ${agoIt(ago)}`,
  },
  tooLittleHistory: {
    en: (history: string, repeat: number, needed: number) =>
      `${history}. There is not enough history yet to estimate who is still a regular ` +
      `(${repeat} of the ${needed} customers with a repeat visit needed), ` +
      'so reminders follow each customer’s rhythm only.',
    it: (history: string, repeat: number, needed: number) =>
      `${history}. Non c'è ancora abbastanza storia per stimare chi è ancora un cliente abituale ` +
      `(${repeat} dei ${needed} clienti tornati almeno una volta che servono), ` +
      'quindi i promemoria seguono solo la frequenza di ogni cliente.',
  },
  inBackground: {
    en: (history: string) =>
      `${history}. The estimate of who is still a regular is worked out in the background and appears shortly.`,
    it: (history: string) =>
      `${history}. La stima di chi è ancora un cliente abituale viene calcolata in background e compare a breve.`,
  },
  expected: {
    en: (in30: number, in90: number) =>
      `Expect ${expectedEn(in30)} in the next 30 days and ${expectedEn(in90)} in the next 90.`,
    it: (in30: number, in90: number) =>
      `Prevedi ${expectedIt(in30)} nei prossimi 30 giorni e ${expectedIt(in90)} nei prossimi 90.`,
  },
  singleVisit: {
    en: (history: string, in30: number, in90: number) =>
      `${history}. After a single visit the model counts everyone as still a customer (it only learns that ` +
      `someone left from a gap after a repeat visit), so the expected visits say more: expect ${expectedEn(in30)} in the next 30 days and ${expectedEn(in90)} in the next 90.`,
    it: (history: string, in30: number, in90: number) =>
      `${history}. Dopo una sola visita il modello considera tutti ancora clienti (capisce che qualcuno ` +
      `se n'è andato solo da una pausa dopo una visita ripetuta), quindi dicono di più le visite previste: ${expectedIt(in30)} nei prossimi 30 giorni e ${expectedIt(in90)} nei prossimi 90.`,
  },
  chance: {
    en: (history: string, percent: number, pAlive: number, outlook: string) =>
      `${history}. Judging by that and by how this shop’s customers come and go, ` +
      `there is a ${percent}% chance they still come: ${verdictEn(pAlive)}. ${outlook}`,
    it: (history: string, percent: number, pAlive: number, outlook: string) =>
      `${history}. Da questo e da come vanno e vengono i clienti del negozio, ` +
      `c'è il ${percent}% di probabilità che venga ancora: ${verdictIt(pAlive)}. ${outlook}`,
  },
});

function expectedEn(value: number): string {
  if (value < 0.05) return 'almost no visits';
  const rounded = value < 10 ? value.toFixed(1) : value.toFixed(0);
  return `about ${rounded} ${rounded === '1.0' ? 'visit' : 'visits'}`;
}

function expectedIt(value: number): string {
  if (value < 0.05) return 'quasi nessuna visita';
  const digits = value < 10 ? 1 : 0;
  const rounded = new Intl.NumberFormat('it', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return `circa ${rounded} ${value.toFixed(digits) === '1.0' ? 'visita' : 'visite'}`;
}

function verdictEn(pAlive: number): string {
  if (pAlive >= 0.8) return 'very likely still a regular';
  if (pAlive >= 0.5) return 'probably still a regular';
  if (pAlive >= 0.2) return 'may be slipping away';
  return 'has probably stopped coming';
}

function verdictIt(pAlive: number): string {
  if (pAlive >= 0.8) return 'quasi certamente ancora un cliente abituale';
  if (pAlive >= 0.5) return 'probabilmente ancora un cliente abituale';
  if (pAlive >= 0.2) return 'forse si sta allontanando';
  return 'probabilmente ha smesso di venire';
}

/** Why a reminder is open, worded from its numbers (the core's `text`, in the reader's language). */
export const reasonMessages = defineMessages({
  usualOwn: {
    en: (interval: number) => `usually every ${daysEn(interval)}`,
    it: (interval: number) => `di solito ogni ${daysIt(interval)}`,
  },
  usualShop: {
    en: (interval: number) => `one visit so far; the shop's typical interval is ${daysEn(interval)}`,
    it: (interval: number) =>
      `una sola visita finora; l'intervallo tipico del negozio è di ${daysIt(interval)}`,
  },
  due: {
    en: (usual: string, ago: number, day: string) => `Due back: ${usual}, last visit ${agoEn(ago)} (${day}).`,
    it: (usual: string, ago: number, day: string) =>
      `Atteso: ${usual}, ultima visita ${agoIt(ago)} (${day}).`,
  },
  overdue: {
    en: (usual: string, ago: number, day: string, gap: number) =>
      `Overdue: ${usual}, last visit ${agoEn(ago)} (${day}), ${gap}× the usual gap.`,
    it: (usual: string, ago: number, day: string, gap: number) =>
      `In ritardo: ${usual}, ultima visita ${agoIt(ago)} (${day}), ${it1(gap)}× la pausa abituale.`,
  },
  atRisk: {
    en: (percent: number, visits: number, ago: number, day: string) =>
      `At risk: ${percent}% likely still a regular after ${visitsEn(visits)}; last visit ${agoEn(ago)} (${day}).`,
    it: (percent: number, visits: number, ago: number, day: string) =>
      `A rischio: ${percent}% di probabilità che sia ancora un cliente abituale dopo ${visitsIt(visits)}; ultima visita ${agoIt(ago)} (${day}).`,
  },
  birthday: {
    en: (inDays: number, day: string, moved: boolean, turns: number | null) =>
      `Birthday ${inDaysEn(inDays)} (${day}${moved ? ', for 29 February' : ''})${turns === null ? '' : `: turns ${turns}`}.`,
    it: (inDays: number, day: string, moved: boolean, turns: number | null) =>
      `Compleanno ${inDaysIt(inDays)} (${day}${moved ? ', al posto del 29 febbraio' : ''})${turns === null ? '' : `: compie ${turns} anni`}.`,
  },
  importantDate: {
    en: (label: string, inDays: number, day: string, moved: boolean, years: number | null) =>
      `${label} ${inDaysEn(inDays)} (${day}${moved ? ', for 29 February' : ''})${years === null ? '' : `: ${years} ${years === 1 ? 'year' : 'years'}`}.`,
    it: (label: string, inDays: number, day: string, moved: boolean, years: number | null) =>
      `${label} ${inDaysIt(inDays)} (${day}${moved ? ', al posto del 29 febbraio' : ''})${years === null ? '' : `: ${plural('it', years, { one: '1 anno', other: `${years} anni` })}`}.`,
  },
  postPurchase: {
    en: (after: number, what: string, day: string, late: number, note: string) =>
      `Follow up ${daysEn(after)} after the ${what} of ${day}${late > 0 ? ` (due ${agoEn(late)})` : ''}${note === '' ? '' : `: ${note}`}.`,
    it: (after: number, what: string, day: string, late: number, note: string) =>
      `Ricontatta ${daysIt(after)} dopo ${what} del ${day}${late > 0 ? ` (previsto ${agoIt(late)})` : ''}${note === '' ? '' : `: ${note}`}.`,
  },
  stayInTouch: {
    en: (every: number, tag: string | null, since: number | null) =>
      `Stay in touch every ${daysEn(every)}${tag === null ? '' : ` (tag ${tag})`}: ${since === null ? 'no contact yet' : `last contact ${agoEn(since)}`}.`,
    it: (every: number, tag: string | null, since: number | null) =>
      `Resta in contatto ogni ${daysIt(every)}${tag === null ? '' : ` (etichetta ${tag})`}: ${since === null ? 'nessun contatto finora' : `ultimo contatto ${agoIt(since)}`}.`,
  },
  oneOff: {
    en: (day: string, late: number, note: string) =>
      `Reminder for ${day}${late > 0 ? ` (${daysEn(late)} ago)` : ''}: ${note}`,
    it: (day: string, late: number, note: string) =>
      `Promemoria per il ${day}${late > 0 ? ` (${daysIt(late)} fa)` : ''}: ${note}`,
  },
});

/** The interaction a follow-up comes after, as the reason names it ("after the visit of …"). */
export const interactionAfterMessages = defineMessages({
  visit: { en: 'visit', it: 'la visita' },
  purchase: { en: 'purchase', it: "l'acquisto" },
  call: { en: 'call', it: 'la telefonata' },
  email: { en: 'email', it: "l'e-mail" },
  message: { en: 'message', it: 'il messaggio' },
  note: { en: 'note', it: 'la nota' },
  complaint: { en: 'complaint', it: 'il reclamo' },
  feedback: { en: 'feedback', it: "l'opinione" },
  follow_up: { en: 'follow-up', it: 'il ricontatto' },
});
