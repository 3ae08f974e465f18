import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  // ExportDialog
  selectedCustomers: {
    en: (n: number) => `the ${n} selected customers`,
    it: (n: number) =>
      plural('it', n, { one: "l'unico cliente selezionato", other: `i ${n} clienti selezionati` }),
  },
  matchingFilters: { en: 'the customers matching the filters', it: 'i clienti che corrispondono ai filtri' },
  everyCustomer: { en: 'every customer', it: 'tutti i clienti' },
  exportButton: { en: 'Export…', it: 'Esporta…' },
  exportCustomers: { en: 'Export customers', it: 'Esporta clienti' },
  // ExportForm
  formatCsv: {
    en: 'CSV (Excel, Numbers, Google Sheets, mailing tools)',
    it: 'CSV (Excel, Numbers, Fogli Google, strumenti per newsletter)',
  },
  formatXlsx: { en: 'Excel workbook (.xlsx)', it: 'Cartella di lavoro Excel (.xlsx)' },
  formatVcard: { en: 'vCard 4.0 (phones, address books)', it: 'vCard 4.0 (telefoni, rubriche)' },
  formatVcard3: { en: 'vCard 3.0 (older phones)', it: 'vCard 3.0 (telefoni meno recenti)' },
  exported: {
    en: (rows: number, file: string) => `Exported ${rows} customers to ${file}.`,
    it: (rows: number, file: string) =>
      `${plural('it', rows, { one: '1 cliente esportato', other: `${rows} clienti esportati` })} in ${file}.`,
  },
  exporting: { en: (what: string) => `Exporting ${what}.`, it: (what: string) => `Da esportare: ${what}.` },
  who: { en: 'Who', it: 'Chi' },
  everyone: { en: 'Everyone', it: 'Tutti' },
  withTag: { en: 'Customers with a tag', it: "Clienti con un'etichetta" },
  tag: { en: 'Tag', it: 'Etichetta' },
  whichTag: { en: 'Which tag?', it: 'Quale etichetta?' },
  agreedBy: {
    en: 'Customers who agreed to be contacted by',
    it: 'Clienti che accettano di essere contattati via',
  },
  channel: { en: 'Channel', it: 'Canale' },
  list: { en: 'List', it: 'Elenco' },
  contactList: { en: 'Contact list', it: 'Elenco contatti' },
  mailingListHint: {
    en: 'Mailing list: only customers who agreed to e-mail, with when and where they agreed',
    it: "Lista per e-mail: solo i clienti che hanno accettato le e-mail, con quando e dove l'hanno fatto",
  },
  format: { en: 'Format', it: 'Formato' },
  columns: { en: 'Columns', it: 'Colonne' },
  chooseColumn: { en: 'Choose at least one column', it: 'Scegli almeno una colonna' },
  exportingProgress: { en: 'Exporting', it: 'Esportazione in corso' },
  exportCancelled: { en: 'Export cancelled.', it: 'Esportazione annullata.' },
  nothingExported: { en: 'Nothing was exported', it: 'Non è stato esportato nulla' },
  export: { en: 'Export', it: 'Esporta' },
  // ExportHistory
  recentExports: { en: 'Recent exports', it: 'Esportazioni recenti' },
  nothingExportedYet: { en: 'Nothing exported yet.', it: 'Ancora nessuna esportazione.' },
  when: { en: 'When', it: 'Quando' },
  customers: { en: 'Customers', it: 'Clienti' },
  mailingList: { en: 'Mailing list', it: 'Lista per e-mail' },
  // useExportJob
  exportFailed: { en: 'The export failed.', it: "L'esportazione non è riuscita." },
});

/** Each consent channel as a choice of whom to export, keyed by channel. */
export const channelMessages = defineMessages({
  email: { en: 'Email', it: 'E-mail' },
  sms: { en: 'SMS', it: 'SMS' },
  phone: { en: 'Phone', it: 'Telefono' },
  post: { en: 'Post', it: 'Posta' },
});

/** Export formats as the history names them, keyed by format. */
export const formatNameMessages = defineMessages({
  csv: { en: 'CSV', it: 'CSV' },
  xlsx: { en: 'Excel', it: 'Excel' },
  vcard: { en: 'vCard 4.0', it: 'vCard 4.0' },
  vcard3: { en: 'vCard 3.0', it: 'vCard 3.0' },
});
