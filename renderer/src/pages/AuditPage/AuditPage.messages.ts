import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  auditTrail: { en: 'Audit trail', it: 'Registro attività' },
  exportCsv: { en: 'Export CSV', it: 'Esporta CSV' },
  exportJson: { en: 'Export JSON', it: 'Esporta JSON' },
  verifyChain: { en: 'Verify the chain', it: 'Verifica la catena' },
  notExported: { en: 'The audit trail was not exported', it: 'Il registro attività non è stato esportato' },
  notChecked: {
    en: 'The audit trail could not be checked',
    it: 'Non è stato possibile verificare il registro attività',
  },
  intact: { en: 'The trail is intact', it: 'Il registro è integro' },
  tampered: { en: 'The trail was tampered with', it: 'Il registro è stato manomesso' },
  allEntriesUnchanged: {
    en: (rows: number) =>
      plural('en', rows, {
        one: 'The one entry is unchanged.',
        other: `All ${rows} entries follow one another unchanged.`,
      }),
    it: (rows: number) =>
      plural('it', rows, {
        one: "L'unica voce è intatta.",
        other: `Tutte le ${rows} voci si susseguono senza modifiche.`,
      }),
  },
  filterTrail: { en: 'Filter the audit trail', it: 'Filtra il registro attività' },
  who: { en: 'Who', it: 'Chi' },
  anyone: { en: 'Anyone', it: 'Chiunque' },
  what: { en: 'What', it: 'Cosa' },
  everything: { en: 'Everything', it: 'Tutto' },
  from: { en: 'From', it: 'Dal' },
  to: { en: 'To', it: 'Al' },
  onlyOneCustomer: { en: 'Only one customer: show everyone', it: 'Solo un cliente: mostra tutti' },
  loading: { en: 'Loading the audit trail', it: 'Caricamento del registro attività' },
  noEntriesMatch: { en: 'No entries match.', it: 'Nessuna voce corrisponde.' },
  auditEntries: { en: 'Audit entries', it: 'Voci del registro' },
  when: { en: 'When', it: 'Quando' },
  details: { en: 'Details', it: 'Dettagli' },
  erasedCustomer: { en: 'an erased customer', it: 'un cliente cancellato' },
  showOlder: { en: 'Show older entries', it: 'Mostra le voci precedenti' },
  emptyValue: { en: '(empty)', it: '(vuoto)' },
  valuesErased: { en: 'Values erased with the customer', it: 'Valori cancellati insieme al cliente' },
});

/**
 * The audit page's names of the categories, keyed like AUDIT_CATEGORY_LABELS (which the CLI keeps
 * in English).
 */
export const categoryLabels = defineMessages({
  auth: { en: 'Sign-ins and PINs', it: 'Accessi e PIN' },
  customer: { en: 'Customers', it: 'Clienti' },
  interaction: { en: 'Interactions', it: 'Attività' },
  staff: { en: 'Staff', it: 'Personale' },
  settings: { en: 'Settings', it: 'Impostazioni' },
  customField: { en: 'Custom fields', it: 'Campi personalizzati' },
  permission: { en: 'Permissions', it: 'Permessi' },
  audit: { en: 'Audit trail', it: 'Registro attività' },
  import: { en: 'Imports', it: 'Importazioni' },
  export: { en: 'Exports', it: 'Esportazioni' },
  loyalty: { en: 'Loyalty', it: 'Fedeltà' },
  reward: { en: 'Rewards', it: 'Premi' },
  template: { en: 'Templates', it: 'Modelli' },
  backup: { en: 'Backups', it: 'Backup' },
});
