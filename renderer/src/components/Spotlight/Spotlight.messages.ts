import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  search: { en: 'Search', it: 'Cerca' },
  searchWithShortcut: { en: 'Search (Ctrl+K)', it: 'Cerca (Ctrl+K)' },
  /** The keycaps on the button: Italian keyboards say Ctrl too. */
  shortcutKeys: { en: 'Ctrl K', it: 'Ctrl K' },
  shortcutKeysMac: { en: '⌘ K', it: '⌘ K' },
  /** aria-keyshortcuts takes the key names of the standard, the same in every language. */
  shortcutKeyNames: { en: 'Control+K', it: 'Control+K' },
  shortcutKeyNamesMac: { en: 'Meta+K', it: 'Meta+K' },
  findCustomer: { en: 'Find a customer', it: 'Trova un cliente' },
  findCustomerPlaceholder: { en: 'Find a customer…', it: 'Trova un cliente…' },
  matchingCustomers: { en: 'Matching customers', it: 'Clienti trovati' },
  searchHint: {
    en: 'Name, last digits of the phone, e-mail, customer code or tag.',
    it: 'Nome, ultime cifre del telefono, e-mail, codice cliente o etichetta.',
  },
  searching: { en: 'Searching…', it: 'Ricerca…' },
  noMatch: {
    en: (query: string) => `No customer matches “${query}”.`,
    it: (query: string) => `Nessun cliente corrisponde a “${query}”.`,
  },
  matches: {
    en: (count: number) =>
      plural('en', count, {
        one: '1 customer: Enter opens it.',
        other: `${count} customers: ↑ ↓ to choose, Enter to open.`,
      }),
    it: (count: number) =>
      plural('it', count, {
        one: '1 cliente: Invio lo apre.',
        other: `${count} clienti: ↑ ↓ per scegliere, Invio per aprire.`,
      }),
  },
  noVisitYet: { en: 'No visit yet', it: 'Nessuna visita' },
  lastVisit: {
    en: (date: string) => `Last visit ${date}`,
    it: (date: string) => `Ultima visita ${date}`,
  },
});
