import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  any: { en: 'Any', it: 'Qualsiasi' },
  equals: { en: (field: string) => `${field} equals`, it: (field: string) => `${field} uguale a` },
  yes: { en: 'Yes', it: 'Sì' },
  no: { en: 'No', it: 'No' },
  filters: { en: 'Filters', it: 'Filtri' },
  tags: { en: 'Tags', it: 'Etichette' },
  tagsHint: { en: 'Customers with every one of these tags', it: 'Clienti con tutte queste etichette' },
  lastVisitFrom: { en: 'Last visit from', it: 'Ultima visita dal' },
  lastVisitTo: { en: 'Last visit to', it: 'Ultima visita al' },
  consent: { en: 'Consent', it: 'Consenso' },
  consentHint: { en: 'Agreed to be contacted by', it: 'Accetta di essere contattato via' },
  spendFrom: { en: 'Spend from', it: 'Spesa da' },
  spendTo: { en: 'Spend to', it: 'Spesa fino a' },
  amountPlaceholder: { en: '0.00', it: '0,00' },
  customField: { en: 'Custom field', it: 'Campo personalizzato' },
  none: { en: 'None', it: 'Nessuno' },
  clearFilters: { en: 'Clear filters', it: 'Azzera filtri' },
});
