import { customerFieldMessages } from '../../format/customer-fields.messages.ts';
import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  loadingBoth: { en: 'Loading both customers', it: 'Caricamento dei due clienti' },
  keep: { en: 'Keep', it: 'Tieni' },
  keepHint: {
    en: 'The customer record that stays; the other one’s history moves to it.',
    it: "La scheda cliente che resta; la storia dell'altra passa a questa.",
  },
  visitsAdded: {
    en: (visits: number, added: string) => `${visits} ${visits === 1 ? 'visit' : 'visits'} · added ${added}`,
    it: (visits: number, added: string) =>
      `${plural('it', visits, { one: '1 visita', other: `${visits} visite` })} · aggiunto il ${added}`,
  },
  everythingStays: {
    en: (kept: string) =>
      `Every visit, purchase and note of both stays, with ${kept}; tags and consent history are combined. You can undo the merge afterwards.`,
    it: (kept: string) =>
      `Ogni visita, acquisto e nota di entrambi resta, con ${kept}; etichette e storico dei consensi vengono uniti. Puoi annullare l'unione dopo.`,
  },
  notMerged: { en: 'The customers were not merged', it: 'I clienti non sono stati uniti' },
  cancel: { en: 'Cancel', it: 'Annulla' },
  merge: { en: 'Merge', it: 'Unisci' },
  mergeCustomers: { en: 'Merge customers', it: 'Unisci clienti' },
  // merge-rows
  yes: { en: 'Yes', it: 'Sì' },
  no: { en: 'No', it: 'No' },
  customField: { en: 'Custom field', it: 'Campo personalizzato' },
  // recent-merges
  mergeUndone: {
    en: (kept: string, other: string) => `Merge undone: ${kept} and ${other} are two customers again.`,
    it: (kept: string, other: string) => `Unione annullata: ${kept} e ${other} sono di nuovo due clienti.`,
  },
  merged: {
    en: (other: string, kept: string) => `Merged ${other} into ${kept}.`,
    it: (other: string, kept: string) => `${other} unito a ${kept}.`,
  },
  undoMerge: { en: 'Undo merge', it: 'Annulla unione' },
});

/** The fields a merge compares (MERGE_FIELDS), named as the customer form names them. */
export const mergeFieldMessages = customerFieldMessages;
