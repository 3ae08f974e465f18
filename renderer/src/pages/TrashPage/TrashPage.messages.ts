import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Trash', it: 'Cestino' },
  emptyTrash: { en: 'Empty trash', it: 'Svuota il cestino' },
  intro: {
    en: 'Customers in the trash are erased after 30 days. Until then, restoring one brings back their whole history.',
    it: 'I clienti nel cestino vengono cancellati definitivamente dopo 30 giorni. Fino ad allora, se ne ripristini uno torna anche tutta la sua storia.',
  },
  loadingTrash: { en: 'Loading the trash', it: 'Caricamento del cestino' },
  trashIsEmpty: { en: 'The trash is empty.', it: 'Il cestino è vuoto.' },
  deletedCustomers: { en: 'Deleted customers', it: 'Clienti eliminati' },
  nameColumn: { en: 'Name', it: 'Nome' },
  contactColumn: { en: 'Contact', it: 'Contatto' },
  deletedColumn: { en: 'Deleted', it: 'Eliminato il' },
  actionsColumn: { en: 'Actions', it: 'Azioni' },
  restore: { en: 'Restore', it: 'Ripristina' },
  deleteForever: { en: 'Delete forever', it: 'Elimina per sempre' },
  trashPages: { en: 'Trash pages', it: 'Pagine del cestino' },
  restored: {
    en: (name: string) => `Restored ${name}.`,
    it: (name: string) => `Cliente ripristinato: ${name}.`,
  },
  stillInTrash: {
    en: (name: string) => `${name} is still in the trash`,
    it: (name: string) => `${name} è ancora nel cestino`,
  },
  erasedOne: {
    en: (name: string) => `${name} was erased.`,
    it: (name: string) => `Cliente cancellato definitivamente: ${name}.`,
  },
  erasedMany: {
    en: (n: number) => plural('en', n, { one: 'Erased 1 customer.', other: `Erased ${n} customers.` }),
    it: (n: number) =>
      plural('it', n, {
        one: 'Cancellato definitivamente 1 cliente.',
        other: `Cancellati definitivamente ${n} clienti.`,
      }),
  },
  nothingErased: { en: 'Nothing was erased', it: 'Non è stato cancellato nulla' },

  // Asked once more
  deleteForeverQuestion: {
    en: (name: string) => `Delete ${name} forever?`,
    it: (name: string) => `Eliminare ${name} per sempre?`,
  },
  emptyTrashQuestion: { en: 'Empty the trash?', it: 'Svuotare il cestino?' },
  oneGoes: {
    en: 'Their details and their whole history are erased from this computer. This cannot be undone.',
    it: 'I suoi dati e tutta la sua storia vengono cancellati da questo computer. Non si può annullare.',
  },
  allGo: {
    en: (n: number) =>
      `All ${plural('en', n, { one: '1 customer', other: `${n} customers` })} in the trash, with their whole history, are erased from this computer. This cannot be undone.`,
    it: (n: number) =>
      plural('it', n, {
        one: "L'unico cliente nel cestino, con tutta la sua storia, viene cancellato da questo computer. Non si può annullare.",
        other: `Tutti i ${n} clienti nel cestino, con tutta la loro storia, vengono cancellati da questo computer. Non si può annullare.`,
      }),
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
});
