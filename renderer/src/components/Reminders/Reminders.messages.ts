import type { InteractionKind } from '../../../../shared/domain/interaction.ts';
import type { ReminderReason } from '../../../../shared/domain/reminders.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

type Reason<K extends ReminderReason['kind']> = Extract<ReminderReason, { kind: K }>;

// The small words reasons are made of, in each language. Dates stay YYYY-MM-DD, as the core and
// the command line say them.
const round1 = (n: number) => Math.round(n * 10) / 10;
const en = {
  count: (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`,
  ago: (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`),
  inDays: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`),
  usual: (r: Reason<'due' | 'overdue'>) =>
    r.intervalSource === 'own'
      ? `usually every ${en.count(round1(r.intervalDays), 'day')}`
      : `one visit so far; the shop's typical interval is ${en.count(round1(r.intervalDays), 'day')}`,
  last: (r: { daysSinceLastVisit: number; lastVisitDate: string }) =>
    `last visit ${en.ago(r.daysSinceLastVisit)} (${r.lastVisitDate})`,
};
const number = (n: number) => n.toLocaleString('it-IT');
const it = {
  count: (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`,
  days: (n: number) => it.count(n, 'giorno', 'giorni'),
  ago: (days: number) => (days === 0 ? 'oggi' : days === 1 ? 'ieri' : `${days} giorni fa`),
  inDays: (days: number) => (days === 0 ? 'oggi' : days === 1 ? 'domani' : `tra ${days} giorni`),
  usual: (r: Reason<'due' | 'overdue'>) =>
    r.intervalSource === 'own'
      ? `di solito ogni ${it.days(round1(r.intervalDays))}`
      : `finora una sola visita; l'intervallo tipico del negozio è di ${it.days(round1(r.intervalDays))}`,
  last: (r: { daysSinceLastVisit: number; lastVisitDate: string }) =>
    `ultima visita ${it.ago(r.daysSinceLastVisit)} (${r.lastVisitDate})`,
  /** "dopo l'acquisto", "dopo la visita". */
  theKind: {
    visit: 'la visita',
    purchase: "l'acquisto",
    call: 'la telefonata',
    email: "l'e-mail",
    message: 'il messaggio',
    note: 'la nota',
    complaint: 'il reclamo',
    feedback: "l'opinione",
    follow_up: 'il ricontatto',
  } satisfies Record<InteractionKind, string>,
};

/**
 * Why a customer is on the list, worded from the reason's fields. `late`: days since it fell due
 * (0 when not late).
 */
export const reasonMessages = defineMessages({
  due: {
    en: (r: Reason<'due'>) => `Due back: ${en.usual(r)}, ${en.last(r)}.`,
    it: (r: Reason<'due'>) => `Atteso di ritorno: ${it.usual(r)}, ${it.last(r)}.`,
  },
  overdue: {
    en: (r: Reason<'overdue'>) =>
      `Overdue: ${en.usual(r)}, ${en.last(r)}, ${round1(r.daysSinceLastVisit / r.intervalDays)}× the usual gap.`,
    it: (r: Reason<'overdue'>) =>
      `In ritardo: ${it.usual(r)}, ${it.last(r)}, ${number(round1(r.daysSinceLastVisit / r.intervalDays))}× l'intervallo abituale.`,
  },
  at_risk: {
    en: (r: Reason<'at_risk'>) =>
      `At risk: ${Math.round(r.pAlive * 100)}% likely still a regular after ${en.count(r.visits, 'visit')}; ${en.last(r)}.`,
    it: (r: Reason<'at_risk'>) =>
      `A rischio: ${Math.round(r.pAlive * 100)}% di probabilità che sia ancora abituale dopo ${it.count(r.visits, 'visita', 'visite')}; ${it.last(r)}.`,
  },
  birthday: {
    en: (r: Reason<'birthday'>) =>
      `Birthday ${en.inDays(r.daysAhead)} (${r.dueDate}${r.leapDayMoved ? ', for 29 February' : ''})${r.turns === null ? '' : `: turns ${r.turns}`}.`,
    it: (r: Reason<'birthday'>) =>
      `Compleanno ${it.inDays(r.daysAhead)} (${r.dueDate}${r.leapDayMoved ? ', al posto del 29 febbraio' : ''})${r.turns === null ? '' : `: compie ${r.turns} anni`}.`,
  },
  important_date: {
    en: (r: Reason<'important_date'>) =>
      `${r.label} ${en.inDays(r.daysAhead)} (${r.dueDate}${r.leapDayMoved ? ', for 29 February' : ''})${r.years === null ? '' : `: ${en.count(r.years, 'year')}`}.`,
    it: (r: Reason<'important_date'>) =>
      `${r.label} ${it.inDays(r.daysAhead)} (${r.dueDate}${r.leapDayMoved ? ', al posto del 29 febbraio' : ''})${r.years === null ? '' : `: ${it.count(r.years, 'anno', 'anni')}`}.`,
  },
  post_purchase: {
    en: (r: Reason<'post_purchase'>, late: number) =>
      `Follow up ${en.count(r.afterDays, 'day')} after the ${r.interactionKind.replace('_', '-')} of ${r.interactionDate}${late > 0 ? ` (due ${en.ago(late)})` : ''}${r.note === '' ? '' : `: ${r.note}`}.`,
    it: (r: Reason<'post_purchase'>, late: number) =>
      `Ricontatta ${it.days(r.afterDays)} dopo ${it.theKind[r.interactionKind]} del ${r.interactionDate}${late > 0 ? ` (era previsto ${it.ago(late)})` : ''}${r.note === '' ? '' : `: ${r.note}`}.`,
  },
  stay_in_touch: {
    en: (r: Reason<'stay_in_touch'>) =>
      `Stay in touch every ${en.count(r.everyDays, 'day')}${r.source === 'tag' ? ` (tag ${r.tag ?? ''})` : ''}: ${r.daysSinceContact === null ? 'no contact yet' : `last contact ${en.ago(r.daysSinceContact)}`}.`,
    it: (r: Reason<'stay_in_touch'>) =>
      `Resta in contatto ogni ${it.days(r.everyDays)}${r.source === 'tag' ? ` (etichetta ${r.tag ?? ''})` : ''}: ${r.daysSinceContact === null ? 'nessun contatto finora' : `ultimo contatto ${it.ago(r.daysSinceContact)}`}.`,
  },
  one_off: {
    en: (r: Reason<'one_off'>, late: number) =>
      `Reminder for ${r.dueDate}${late > 0 ? ` (${en.count(late, 'day')} ago)` : ''}: ${r.note}`,
    it: (r: Reason<'one_off'>, late: number) =>
      `Promemoria per il ${r.dueDate}${late > 0 ? ` (${it.days(late)} fa)` : ''}: ${r.note}`,
  },
});

/** Each kind on a row (one). */
export const kindOneMessages = defineMessages({
  one_off: { en: 'Reminder', it: 'Promemoria' },
  overdue: { en: 'Overdue', it: 'In ritardo' },
  birthday: { en: 'Birthday', it: 'Compleanno' },
  important_date: { en: 'Special date', it: 'Data speciale' },
  post_purchase: { en: 'Follow-up', it: 'Ricontatto' },
  at_risk: { en: 'At risk', it: 'A rischio' },
  due: { en: 'Due back', it: 'Atteso' },
  stay_in_touch: { en: 'Stay in touch', it: 'Resta in contatto' },
});

/** Each kind in the counts (many). */
export const kindManyMessages = defineMessages({
  one_off: { en: 'Reminders', it: 'Promemoria' },
  overdue: { en: 'Overdue', it: 'In ritardo' },
  birthday: { en: 'Birthdays', it: 'Compleanni' },
  important_date: { en: 'Special dates', it: 'Date speciali' },
  post_purchase: { en: 'Follow-ups', it: 'Ricontatti' },
  at_risk: { en: 'At risk', it: 'A rischio' },
  due: { en: 'Due back', it: 'Attesi' },
  stay_in_touch: { en: 'Stay in touch', it: 'Resta in contatto' },
});

export const contactMessages = defineMessages({
  doNotContact: { en: 'Do not contact', it: 'Da non contattare' },
  noConsent: { en: 'No consent to contact', it: 'Nessun consenso al contatto' },
});

export const messages = defineMessages({
  // The model note
  rhythmsOnly: { en: 'Rhythms only for now', it: 'Per ora solo i ritmi' },
  notEnoughHistory: {
    en: (customers: number, needed: number) =>
      `Not enough history yet to estimate who is still a regular: ${customers} of the ${needed} customers with a repeat visit needed.`,
    it: (customers: number, needed: number) =>
      `Storico ancora insufficiente per stimare chi è ancora cliente abituale: ${customers} dei ${needed} clienti con una visita ripetuta necessari.`,
  },
  workedOutInBackground: {
    en: 'Who is still a regular is worked out in the background after a quiet moment.',
    it: 'Chi è ancora cliente abituale viene calcolato in background, in un momento di calma.',
  },
  // The actions
  done: { en: (name: string) => `${name}: done.`, it: (name: string) => `${name}: fatto.` },
  doneWithFollowUp: {
    en: (name: string) => `${name}: done, follow-up logged.`,
    it: (name: string) => `${name}: fatto, ricontatto registrato.`,
  },
  backOn: {
    en: (name: string, day: string) => `${name} is back on Today on ${day}.`,
    it: (name: string, day: string) => `${name} torna in Oggi il ${day}.`,
  },
  dismissed: { en: (name: string) => `${name}: dismissed.`, it: (name: string) => `${name}: ignorato.` },
  doneButton: { en: 'Done', it: 'Fatto' },
  logFollowUp: { en: 'Log follow-up', it: 'Registra ricontatto' },
  snooze: { en: 'Snooze', it: 'Rimanda' },
  untilTomorrow: { en: 'Until tomorrow', it: 'A domani' },
  forAWeek: { en: 'For a week', it: 'Di una settimana' },
  untilADate: { en: 'Until a date…', it: 'A una data…' },
  dismiss: { en: 'Dismiss', it: 'Ignora' },
  // The counts
  showOnly: { en: 'Show only', it: 'Mostra solo' },
  all: { en: (total: number) => `All ${total}`, it: (total: number) => `Tutti ${total}` },
  // The follow-up dialog
  noteTooLong: {
    en: 'Note must be at most 2000 characters',
    it: 'La nota può avere al massimo 2000 caratteri',
  },
  followUpWith: {
    en: (name: string) => `Follow-up with ${name}`,
    it: (name: string) => `Ricontatto con ${name}`,
  },
  whatWasSaid: { en: 'What was said', it: 'Cosa vi siete detti' },
  loggedAsFollowUp: {
    en: "Logged as a follow-up on the customer's timeline",
    it: 'Registrato come ricontatto nella cronologia del cliente',
  },
  logAndMarkDone: { en: 'Log and mark done', it: 'Registra e segna come fatto' },
  cancel: { en: 'Cancel', it: 'Annulla' },
  // The snooze dialog
  chooseADate: { en: 'Choose a date', it: 'Scegli una data' },
  chooseADateBetween: {
    en: (min: string, max: string) => `Choose a date from ${min} to ${max}`,
    it: (min: string, max: string) => `Scegli una data dal ${min} al ${max}`,
  },
  snoozeName: { en: (name: string) => `Snooze ${name}`, it: (name: string) => `Rimanda ${name}` },
  backOnTodayOn: { en: 'Back on Today on', it: 'Di nuovo in Oggi il' },
});
