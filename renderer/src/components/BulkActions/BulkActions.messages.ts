import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

const customersEn = (n: number) => plural('en', n, { one: '1 customer', other: `${n} customers` });
const customersIt = (n: number) => plural('it', n, { one: '1 cliente', other: `${n} clienti` });

export const messages = defineMessages({
  // BulkActions
  bulkActions: { en: 'Bulk actions', it: 'Azioni su più clienti' },
  selected: {
    en: (n: number) => `${n} selected`,
    it: (n: number) => plural('it', n, { one: '1 selezionato', other: `${n} selezionati` }),
  },
  addTag: { en: 'Add tag', it: 'Aggiungi etichetta' },
  removeTag: { en: 'Remove tag', it: 'Togli etichetta' },
  delete: { en: 'Delete', it: 'Elimina' },
  clearSelection: { en: 'Clear selection', it: 'Annulla selezione' },
  // DeleteCustomerButton
  notDeleted: {
    en: (name: string) => `${name} was not deleted`,
    it: (name: string) => `${name} non è stato eliminato`,
  },
  movedToTrash: {
    en: (name: string) => `${name} moved to the trash.`,
    it: (name: string) => `${name} spostato nel cestino.`,
  },
  isBack: { en: (name: string) => `${name} is back.`, it: (name: string) => `${name} è tornato.` },
  deleteCustomer: { en: 'Delete customer', it: 'Elimina cliente' },
  // TagDialog
  tag: { en: 'Tag', it: 'Etichetta' },
  removeTagFrom: {
    en: (n: number) => `Remove a tag from ${customersEn(n)}`,
    it: (n: number) => `Togli un'etichetta da ${customersIt(n)}`,
  },
  addTagTo: {
    en: (n: number) => `Add a tag to ${customersEn(n)}`,
    it: (n: number) => `Aggiungi un'etichetta a ${customersIt(n)}`,
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  notValid: { en: 'is not valid', it: 'valore non valido' },
  // useBulkActions
  tagAdded: {
    en: (tag: string, n: number, skipped: number) =>
      `Added “${tag}” to ${customersEn(n)}${skipped === 0 ? '' : ` (${skipped} had it already)`}.`,
    it: (tag: string, n: number, skipped: number) =>
      `Etichetta “${tag}” aggiunta a ${customersIt(n)}${skipped === 0 ? '' : ` (${plural('it', skipped, { one: "1 l'aveva già", other: `${skipped} l'avevano già` })})`}.`,
  },
  tagRemoved: {
    en: (tag: string, n: number, skipped: number) =>
      `Removed “${tag}” from ${customersEn(n)}${skipped === 0 ? '' : ` (${skipped} did not have it)`}.`,
    it: (tag: string, n: number, skipped: number) =>
      `Etichetta “${tag}” tolta da ${customersIt(n)}${skipped === 0 ? '' : ` (${plural('it', skipped, { one: "1 non l'aveva", other: `${skipped} non l'avevano` })})`}.`,
  },
  tagTakenOffAgain: {
    en: (tag: string, n: number) => `“${tag}” taken off ${customersEn(n)} again.`,
    it: (tag: string, n: number) => `“${tag}” tolta di nuovo da ${customersIt(n)}.`,
  },
  tagPutBack: {
    en: (tag: string, n: number) => `“${tag}” put back on ${customersEn(n)}.`,
    it: (tag: string, n: number) => `“${tag}” rimessa a ${customersIt(n)}.`,
  },
  movedCustomersToTrash: {
    en: (n: number) => `Moved ${customersEn(n)} to the trash.`,
    it: (n: number) =>
      `${plural('it', n, { one: '1 cliente spostato', other: `${n} clienti spostati` })} nel cestino.`,
  },
  restoredCustomers: {
    en: (n: number) => `Restored ${customersEn(n)}.`,
    it: (n: number) =>
      `${plural('it', n, { one: '1 cliente ripristinato', other: `${n} clienti ripristinati` })}.`,
  },
  nothingDeleted: { en: 'Nothing was deleted', it: 'Non è stato eliminato nulla' },
});

/** The words notifications use when their caller gives none; read in the language on screen. */
export const notifyMessages = defineMessages({
  failedTitle: { en: 'That did not work', it: 'Non ha funzionato' },
  undo: { en: 'Undo', it: 'Annulla' },
  couldNotUndo: { en: 'Could not undo', it: 'Impossibile annullare' },
});
