import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  customers: { en: 'Customers', it: 'Clienti' },
  select: { en: (name: string) => `Select ${name}`, it: (name: string) => `Seleziona ${name}` },
  noVisitYet: { en: 'No visit yet', it: 'Nessuna visita' },
  customerColumns: { en: 'Customer columns', it: 'Colonne dei clienti' },
  selectingAll: { en: 'Selecting every matching customer', it: 'Selezione di tutti i clienti trovati' },
  name: { en: 'Name', it: 'Nome' },
  phone: { en: 'Phone', it: 'Telefono' },
  tags: { en: 'Tags', it: 'Etichette' },
  lastVisit: { en: 'Last visit', it: 'Ultima visita' },
  visits: { en: 'Visits', it: 'Visite' },
  spend: { en: 'Spend', it: 'Spesa' },
});
