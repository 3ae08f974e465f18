import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Customers', it: 'Clienti' },
  newCustomer: { en: 'New customer', it: 'Nuovo cliente' },
  searchCustomers: { en: 'Search customers', it: 'Cerca clienti' },
  searchHint: {
    en: 'Name, phone digits, e-mail, customer code or tag. ↑ ↓ to move, Enter to open.',
    it: 'Nome, cifre del telefono, e-mail, codice cliente o etichetta. ↑ ↓ per spostarti, Invio per aprire.',
  },
  loading: { en: 'Loading…', it: 'Caricamento…' },
  filtersApplyLater: {
    en: ' (filters and sorting apply once the search is cleared)',
    it: ' (filtri e ordinamento si applicano quando svuoti la ricerca)',
  },
  filters: { en: 'Filters', it: 'Filtri' },
  noCustomersYet: {
    en: 'No customers yet. Add the first one with “New customer”.',
    it: 'Ancora nessun cliente. Aggiungi il primo con “Nuovo cliente”.',
  },
  couldNotSelectAll: { en: 'Could not select them all', it: 'Non è stato possibile selezionarli tutti' },
  selectAllMatching: {
    en: (n: number) => `Select all ${n} matching`,
    it: (n: number) =>
      plural('it', n, { one: "Seleziona l'unico risultato", other: `Seleziona tutti i ${n} risultati` }),
  },

  // The count above the list
  firstMatches: {
    en: (limit: number) => `First ${limit} matches: type more to narrow down`,
    it: (limit: number) => `Primi ${limit} risultati: scrivi ancora per restringere`,
  },
  matches: {
    en: (n: number) => plural('en', n, { one: '1 match', other: `${n} matches` }),
    it: (n: number) => plural('it', n, { one: '1 risultato', other: `${n} risultati` }),
  },
  noneMatchFilters: { en: 'No customer matches the filters', it: 'Nessun cliente corrisponde ai filtri' },
  matchFilters: {
    en: (n: number) =>
      plural('en', n, { one: '1 customer matches the filters', other: `${n} customers match the filters` }),
    it: (n: number) =>
      plural('it', n, {
        one: '1 cliente corrisponde ai filtri',
        other: `${n} clienti corrispondono ai filtri`,
      }),
  },
  customers: {
    en: (n: number) => plural('en', n, { one: '1 customer', other: `${n} customers` }),
    it: (n: number) => plural('it', n, { one: '1 cliente', other: `${n} clienti` }),
  },
});
