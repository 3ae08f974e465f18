import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  possibleDuplicates: { en: 'Possible duplicates', it: 'Possibili doppioni' },
  maybeOne: {
    en: 'This may be someone already in your customers. Open them to check before saving:',
    it: 'Potrebbe essere qualcuno che è già tra i tuoi clienti. Aprilo per controllare prima di salvare:',
  },
  maybeMany: {
    en: 'These may be the same person. Open them to check before saving:',
    it: 'Potrebbero essere la stessa persona. Aprili per controllare prima di salvare:',
  },
  contacts: { en: (contacts: string) => ` (${contacts})`, it: (contacts: string) => ` (${contacts})` },
});

/**
 * Why two customers may be one person. The core words these in English (shared/domain/
 * duplicate-scoring.ts, also for the CLI); the renderer looks them up by that English text.
 */
export const duplicateReasonMessages = defineMessages({
  samePhone: { en: 'Same phone number', it: 'Stesso numero di telefono' },
  sameEmail: { en: 'Same e-mail', it: 'Stessa e-mail' },
  sameName: { en: 'Same name', it: 'Stesso nome' },
  swapped: {
    en: 'Similar name (first and last name swapped)',
    it: 'Nome simile (nome e cognome scambiati)',
  },
  spelled: {
    en: 'Similar name (spelled almost the same)',
    it: 'Nome simile (scritto quasi uguale)',
  },
  initial: {
    en: (initial: string) => `Similar name (initial ${initial}. and same last name)`,
    it: (initial: string) => `Nome simile (iniziale ${initial}. e stesso cognome)`,
  },
});
