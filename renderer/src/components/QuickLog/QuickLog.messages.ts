import type { InteractionKind } from '../../../../shared/domain/interaction.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

/** Italian participles agree with the kind's name: "Visita registrata", "Acquisto registrato". */
const FEMININE: ReadonlySet<InteractionKind> = new Set(['visit', 'call', 'email', 'note', 'feedback']);
const agreed = (kind: InteractionKind, stem: string) => `${stem}${FEMININE.has(kind) ? 'a' : 'o'}`;

/** "Visit logged", "Purchase deleted"…: the kind's name (`label`) followed by what happened to it. */
export const kindDoneMessages = defineMessages({
  logged: {
    en: (label: string, _kind: InteractionKind) => `${label} logged`,
    it: (label: string, kind: InteractionKind) => `${label} ${agreed(kind, 'registrat')}`,
  },
  removed: {
    en: (label: string, _kind: InteractionKind) => `${label} removed`,
    it: (label: string, kind: InteractionKind) => `${label} ${agreed(kind, 'rimoss')}`,
  },
  deleted: {
    en: (label: string, _kind: InteractionKind) => `${label} deleted`,
    it: (label: string, kind: InteractionKind) => `${label} ${agreed(kind, 'eliminat')}`,
  },
  restored: {
    en: (label: string, _kind: InteractionKind) => `${label} restored`,
    it: (label: string, kind: InteractionKind) => `${label} ${agreed(kind, 'ripristinat')}`,
  },
  updated: {
    en: (label: string, _kind: InteractionKind) => `${label} updated`,
    it: (label: string, kind: InteractionKind) => `${label} ${agreed(kind, 'aggiornat')}`,
  },
  notDeleted: {
    en: (label: string, _kind: InteractionKind) => `The ${label.toLowerCase()} was not deleted`,
    it: (label: string, kind: InteractionKind) => `${label} non ${agreed(kind, 'eliminat')}`,
  },
});

export const messages = defineMessages({
  logAnInteraction: { en: 'Log an interaction', it: "Registra un'attività" },
  logInteraction: { en: 'Log interaction', it: 'Registra' },
  notSaved: { en: 'Not saved', it: 'Non salvato' },
  cancel: { en: 'Cancel', it: 'Annulla' },
  amountPlaceholder: { en: '12.50', it: '12,50' },
  csatScale: { en: 'CSAT (1–5)', it: 'CSAT (1–5)' },
  npsScale: { en: 'NPS (0–10)', it: 'NPS (0–10)' },
  cesScale: { en: 'CES (1–7)', it: 'CES (1–7)' },
  couldNotUndo: { en: 'Could not undo', it: 'Impossibile annullare' },
  undo: { en: 'Undo', it: 'Annulla' },
});

/** The form's fields, keyed like FormField in interaction-form-values.ts. */
export const fieldMessages = defineMessages({
  kind: { en: 'Kind', it: 'Tipo' },
  amount: { en: 'Amount', it: 'Importo' },
  note: { en: 'Note', it: 'Nota' },
  when: { en: 'When', it: 'Quando' },
  csat: { en: 'CSAT', it: 'CSAT' },
  nps: { en: 'NPS', it: 'NPS' },
  ces: { en: 'CES', it: 'CES' },
});

/** What the form says is wrong with a field, worded from the check that failed. */
export const problemMessages = defineMessages({
  amountNotAnAmount: {
    en: 'Amount must be an amount like 12.50',
    it: "L'importo deve essere una cifra come 12,50",
  },
  amountNegative: {
    en: 'Amount must not be negative unless it is a purchase refund',
    it: "L'importo non può essere negativo, salvo il rimborso di un acquisto",
  },
  amountTooLarge: { en: 'Amount is too large', it: "L'importo è troppo grande" },
  amountNotWholeCents: {
    en: 'Amount must be in whole cents',
    it: "L'importo deve essere in centesimi interi",
  },
  whenNotADate: { en: 'When must be a date and time', it: 'Quando deve essere una data e un orario' },
  whenBefore1970: { en: 'When is before 1970', it: 'La data è prima del 1970' },
  whenAfter2200: { en: 'When is after 2200', it: 'La data è dopo il 2200' },
  noteTooLong: {
    en: 'Note must be at most 2000 characters',
    it: 'La nota può avere al massimo 2000 caratteri',
  },
  notValid: { en: 'Not valid', it: 'Non valido' },
  /** A refusal the core words only in English: its own words, after the field's name. */
  coreProblem: {
    en: (label: string, message: string) => (/^[a-z]/.test(message) ? `${label} ${message}` : message),
    it: (label: string, message: string) => `${label}: ${message}`,
  },
});
