import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

const it = (n: number, one: string, other: string) =>
  plural('it', n, { one: `${n} ${one}`, other: `${n} ${other}` });

export const messages = defineMessages({
  recentImports: { en: 'Recent imports', it: 'Importazioni recenti' },
  nothingImportedYet: { en: 'Nothing imported yet.', it: 'Ancora nessuna importazione.' },
  when: { en: 'When', it: 'Quando' },
  file: { en: 'File', it: 'File' },
  what: { en: 'What', it: 'Cosa' },
  result: { en: 'Result', it: 'Risultato' },
  undo: { en: 'Undo', it: 'Annulla' },
  counts: {
    en: (imported: number, updated: number, skipped: number, rejected: number) =>
      `${imported} new, ${updated} updated, ${skipped} skipped, ${rejected} rejected`,
    it: (imported: number, updated: number, skipped: number, rejected: number) =>
      `${it(imported, 'nuovo', 'nuovi')}, ${it(updated, 'aggiornato', 'aggiornati')}, ${it(skipped, 'saltato', 'saltati')}, ${it(rejected, 'scartato', 'scartati')}`,
  },
  undoImportOf: {
    en: (file: string) => `Undo import of ${file}`,
    it: (file: string) => `Annulla l'importazione di ${file}`,
  },
  undone: { en: (when: string) => `Undone ${when}`, it: (when: string) => `Annullata il ${when}` },
});

/** What each import brought in, keyed by the import kind. */
export const kindMessages = defineMessages({
  customers: { en: 'Customers', it: 'Clienti' },
  interactions: { en: 'Purchases and visits', it: 'Acquisti e visite' },
  vcard: { en: 'vCard contacts', it: 'Contatti vCard' },
});
