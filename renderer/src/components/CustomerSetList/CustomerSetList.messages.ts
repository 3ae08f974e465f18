import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  customerCount: {
    en: (n: number) => plural('en', n, { one: '1 customer', other: `${n.toLocaleString('en')} customers` }),
    it: (n: number) => plural('it', n, { one: '1 cliente', other: `${n.toLocaleString('it')} clienti` }),
  },
  customers: { en: 'Customers', it: 'Clienti' },
  loading: { en: 'Loading customers', it: 'Caricamento dei clienti' },
  noCustomers: { en: 'No customers in this list.', it: 'Nessun cliente in questo elenco.' },
  name: { en: 'Name', it: 'Nome' },
  phone: { en: 'Phone', it: 'Telefono' },
  email: { en: 'E-mail', it: 'E-mail' },
  visits: { en: 'Visits', it: 'Visite' },
  lastVisit: { en: 'Last visit', it: 'Ultima visita' },
  spend: { en: 'Spend', it: 'Spesa' },
  pages: { en: 'Pages', it: 'Pagine' },
  // SetActions
  exported: {
    en: (customers: string, file: string) => `Exported ${customers} to ${file}.`,
    it: (customers: string, file: string) => `Esportati ${customers} in ${file}.`,
  },
  nothingExported: { en: 'Nothing was exported', it: 'Non è stato esportato nulla' },
  tagAdded: {
    en: (tag: string, customers: string) => `Added “${tag}” to ${customers}.`,
    it: (tag: string, customers: string) => `Etichetta “${tag}” aggiunta a ${customers}.`,
  },
  tagRemoved: {
    en: (tag: string, customers: string) => `Removed “${tag}” from ${customers}.`,
    it: (tag: string, customers: string) => `Etichetta “${tag}” tolta da ${customers}.`,
  },
  undone: {
    en: (customers: string) => `Undone: ${customers} as before.`,
    it: (customers: string) => `Annullato: ${customers} come prima.`,
  },
  sendToFollowUps: { en: 'Send to follow-ups', it: 'Manda ai ricontatti' },
  sentToFollowUps: {
    en: (customers: string, days: number) =>
      `${customers} will be suggested on Today for a follow-up, for ${days} days or until you follow them up.`,
    it: (customers: string, days: number) =>
      `${customers}: li troverai tra i ricontatti di Oggi per ${days} giorni, o finché non li ricontatti.`,
  },
  nothingSent: { en: 'Nobody was sent to the follow-ups', it: 'Nessuno è stato mandato ai ricontatti' },
  exportCsv: { en: 'Export CSV', it: 'Esporta CSV' },
  addTagToAll: { en: 'Add a tag to all', it: "Aggiungi un'etichetta a tutti" },
  removeTagFromAll: { en: 'Remove a tag from all', it: "Togli un'etichetta a tutti" },
  print: { en: 'Print', it: 'Stampa' },
});
