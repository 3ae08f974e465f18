import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  consentAndPrivacy: { en: 'Consent and privacy', it: 'Consenso e privacy' },
  noConsentYet: { en: 'No consent recorded yet.', it: 'Nessun consenso registrato.' },
  consentHistory: { en: 'Consent history', it: 'Storico dei consensi' },
  whenColumn: { en: 'When', it: 'Quando' },
  channelColumn: { en: 'Channel', it: 'Canale' },
  answerColumn: { en: 'Answer', it: 'Risposta' },
  sourceColumn: { en: 'Where it came from', it: 'Provenienza' },
  recordedByColumn: { en: 'Recorded by', it: 'Registrato da' },
  agreed: { en: 'Agreed', it: 'Accettato' },
  declined: { en: 'Declined', it: 'Rifiutato' },
  exportTheirData: { en: 'Export their data (JSON)', it: 'Esporta i suoi dati (JSON)' },
  historyOfChanges: { en: 'History of changes', it: 'Storico delle modifiche' },
  eraseForGoodEllipsis: { en: 'Erase for good…', it: 'Cancella definitivamente…' },
  exported: {
    en: (name: string) => `Everything held about ${name} was exported.`,
    it: (name: string) => `Tutti i dati su ${name} sono stati esportati.`,
  },
  nothingExported: { en: 'Nothing was exported', it: 'Non è stato esportato nulla' },

  // Erasure
  eraseTitle: {
    en: (name: string) => `Erase ${name} for good`,
    it: (name: string) => `Cancella definitivamente ${name}`,
  },
  eraseCustomer: { en: 'Erase customer', it: 'Cancella cliente' },
  whatGoes: {
    en: (name: string) =>
      `Everything Regulars holds about ${name} goes now, with no undo: details, history, consent, anyone merged into them, and the values the audit trail kept. The trail keeps only that a customer was erased, by whom and when.`,
    it: (name: string) =>
      `Tutto ciò che Regulars conserva su ${name} viene cancellato ora, senza possibilità di annullare: dati, storia, consensi, i clienti uniti a questo e i valori conservati nel registro attività. Il registro tiene solo traccia che un cliente è stato cancellato, da chi e quando.`,
  },
  typeNameToConfirm: { en: 'Type their name to confirm', it: 'Scrivi il suo nome per confermare' },
  typeExactly: {
    en: (name: string) => `Type ${name} exactly to confirm`,
    it: (name: string) => `Per confermare scrivi esattamente ${name}`,
  },
  eraseForGood: { en: 'Erase for good', it: 'Cancella definitivamente' },
  cancel: { en: 'Cancel', it: 'Annulla' },
  erased: {
    en: (name: string) => `${name} was erased, with their history.`,
    it: (name: string) => `I dati di ${name} sono stati cancellati definitivamente, con tutta la storia.`,
  },
});
