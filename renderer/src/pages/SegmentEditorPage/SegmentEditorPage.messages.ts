import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  newSegment: { en: 'New segment', it: 'Nuovo segmento' },
  segment: { en: 'Segment', it: 'Segmento' },
  loadingSegment: { en: 'Loading the segment', it: 'Caricamento del segmento' },

  name: { en: 'Name', it: 'Nome' },
  nameRequired: { en: 'Name is required', it: 'Il nome è obbligatorio' },
  nameTooLong: { en: 'Name must be at most 60 characters', it: 'Il nome può avere al massimo 60 caratteri' },
  customersWhoMatch: { en: 'Customers who match', it: 'Clienti che soddisfano' },
  match: { en: 'Match', it: 'Corrispondenza' },
  allConditions: { en: 'all conditions', it: 'tutte le condizioni' },
  anyCondition: { en: 'any condition', it: 'almeno una condizione' },
  addCondition: { en: 'Add a condition', it: 'Aggiungi una condizione' },
  choose: { en: 'Choose…', it: 'Scegli…' },
  fixConditions: {
    en: 'Fix the conditions to see who matches',
    it: 'Correggi le condizioni per vedere chi corrisponde',
  },
  cannotCount: {
    en: (problem: string) => `Cannot count: ${problem}`,
    it: (problem: string) => `Impossibile contare: ${problem}`,
  },
  customersMatch: {
    en: (n: number) => plural('en', n, { one: '1 customer match', other: `${n} customers match` }),
    it: (n: number) => plural('it', n, { one: '1 cliente corrisponde', other: `${n} clienti corrispondono` }),
  },
  counting: { en: 'Counting…', it: 'Conteggio…' },
  saveSegment: { en: 'Save segment', it: 'Salva il segmento' },
  deleteSegment: { en: 'Delete segment', it: 'Elimina il segmento' },
  segmentNotSaved: { en: 'The segment was not saved', it: 'Il segmento non è stato salvato' },
  segmentSaved: {
    en: (name: string) => `Saved the segment “${name}”.`,
    it: (name: string) => `Segmento “${name}” salvato.`,
  },
  confirmDelete: {
    en: (name: string) => `Delete the segment “${name}”?`,
    it: (name: string) => `Eliminare il segmento “${name}”?`,
  },
  onlyFilterGoes: {
    en: 'Only the saved filter goes; no customer is changed.',
    it: 'Viene eliminato solo il filtro salvato; nessun cliente viene modificato.',
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  delete: { en: 'Delete', it: 'Elimina' },
  segmentDeleted: {
    en: (name: string) => `Deleted the segment “${name}”; its customers are unchanged.`,
    it: (name: string) => `Segmento “${name}” eliminato; i suoi clienti restano come sono.`,
  },
  segmentNotDeleted: { en: 'The segment was not deleted', it: 'Il segmento non è stato eliminato' },
  customersInSegment: { en: 'Customers in this segment', it: 'Clienti in questo segmento' },
});
