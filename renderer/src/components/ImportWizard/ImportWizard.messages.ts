import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

/** "1 aggiornato", "3 aggiornati". */
const it = (n: number, one: string, other: string) =>
  plural('it', n, { one: `${n} ${one}`, other: `${n} ${other}` });

export const messages = defineMessages({
  // ImportWizard
  importSteps: { en: 'Import steps', it: "Passaggi dell'importazione" },
  stepFile: { en: 'File', it: 'File' },
  stepFileHint: { en: 'Choose it', it: 'Sceglilo' },
  stepColumns: { en: 'Columns', it: 'Colonne' },
  stepColumnsHint: { en: 'How it reads', it: 'Come si legge' },
  stepPreview: { en: 'Preview', it: 'Anteprima' },
  stepPreviewHint: { en: 'First rows', it: 'Prime righe' },
  stepCheck: { en: 'Check', it: 'Verifica' },
  stepCheckHint: { en: 'Dry run', it: 'Prova' },
  stepImport: { en: 'Import', it: 'Importa' },
  stepImportHint: { en: 'Save', it: 'Salva' },
  chooseAnotherFile: { en: 'Choose another file', it: 'Scegli un altro file' },
  preview: { en: 'Preview', it: 'Anteprima' },
  checkingFile: { en: 'Checking the file', it: 'Controllo del file' },
  cannotImport: {
    en: 'The file cannot be imported with these settings',
    it: 'Il file non si può importare con queste impostazioni',
  },
  backToColumns: { en: 'Back to columns', it: 'Torna alle colonne' },
  nextSummary: { en: 'Next: summary', it: 'Avanti: riepilogo' },
  changeSettings: { en: 'Change settings', it: 'Cambia impostazioni' },
  import: { en: 'Import', it: 'Importa' },
  importing: { en: 'Importing', it: 'Importazione in corso' },
  importCancelled: { en: 'Import cancelled', it: 'Importazione annullata' },
  nothingImported: { en: 'Nothing was imported.', it: 'Non è stato importato nulla.' },
  nothingImportedTitle: { en: 'Nothing was imported', it: 'Non è stato importato nulla' },
  importAnother: { en: 'Import another file', it: 'Importa un altro file' },
  // useImportJob
  importFailed: { en: 'The import failed.', it: "L'importazione non è riuscita." },
  // ColumnsStep
  skipThem: { en: 'Skip them', it: 'Saltali' },
  fillThem: { en: 'Fill in their empty fields', it: 'Completa i loro campi vuoti' },
  overwriteThem: { en: 'Overwrite them with the file', it: 'Sovrascrivili con il file' },
  createAnyway: { en: 'Create new customers anyway', it: 'Crea comunque nuovi clienti' },
  preset: { en: 'Preset', it: 'Modello' },
  presetHint: {
    en: 'Where the file comes from; columns with the usual names map by themselves.',
    it: 'Da dove viene il file; le colonne con i nomi usuali si abbinano da sole.',
  },
  savedPreset: { en: (name: string) => `Saved: ${name}`, it: (name: string) => `Salvato: ${name}` },
  columnsOfFile: { en: 'Columns of the file', it: 'Colonne del file' },
  column: { en: 'Column', it: 'Colonna' },
  firstValue: { en: 'First value', it: 'Primo valore' },
  goesTo: { en: 'Goes to', it: 'Va in' },
  unnamedColumn: { en: (n: number) => `(column ${n})`, it: (n: number) => `(colonna ${n})` },
  columnGoesTo: {
    en: (column: string) => `Column “${column}” goes to`,
    it: (column: string) => `La colonna “${column}” va in`,
  },
  tagSeparator: { en: 'Tag separator', it: 'Separatore delle etichette' },
  tagSeparatorHint: {
    en: 'What separates several tags in one cell',
    it: 'Cosa separa più etichette in una stessa cella',
  },
  tagSeparatorMissing: {
    en: 'Give the separator, e.g. a comma',
    it: 'Indica il separatore, per esempio una virgola',
  },
  dateOrder: {
    en: 'Dates like 03/04/1990 in this file are',
    it: 'Le date come 03/04/1990 in questo file sono',
  },
  dateOrderHint: {
    en: 'Some dates could be read either way; say which, and rows that do not fit are rejected with the reason.',
    it: 'Alcune date si possono leggere in due modi; scegli quale, e le righe che non tornano vengono scartate con il motivo.',
  },
  dateOrderMissing: { en: 'Choose the order of day and month', it: "Scegli l'ordine di giorno e mese" },
  dayFirst: {
    en: 'Day first (03/04/1990 is 3 April 1990)',
    it: 'Prima il giorno (03/04/1990 è il 3 aprile 1990)',
  },
  monthFirst: {
    en: 'Month first (03/04/1990 is March 4, 1990)',
    it: 'Prima il mese (03/04/1990 è il 4 marzo 1990)',
  },
  createMissing: {
    en: 'Create a customer for a reference nobody has',
    it: 'Crea un cliente per un riferimento che nessuno ha',
  },
  earnPoints: {
    en: 'Imported purchases earn loyalty points',
    it: 'Gli acquisti importati danno punti fedeltà',
  },
  earnPointsHint: {
    en: 'Off: two years of history do not hand out points nobody promised.',
    it: 'Disattivato: due anni di storia non regalano punti che nessuno ha promesso.',
  },
  alreadyIn: {
    en: 'Customers already in Regulars (same code, e-mail or phone)',
    it: 'Clienti già presenti in Regulars (stesso codice, e-mail o telefono)',
  },
  // FileStep
  kindCustomers: { en: 'Customers (CSV)', it: 'Clienti (CSV)' },
  kindCustomersHint: {
    en: 'A contact list from a spreadsheet, Google, Outlook, Square or Shopify.',
    it: 'Un elenco di contatti da un foglio di calcolo, Google, Outlook, Square o Shopify.',
  },
  kindInteractions: { en: 'Purchases and visits (CSV)', it: 'Acquisti e visite (CSV)' },
  kindInteractionsHint: {
    en: 'History from a till: customer, date, kind, amount, note, receipt number.',
    it: 'Lo storico della cassa: cliente, data, tipo, importo, nota, numero dello scontrino.',
  },
  kindVcard: { en: 'Contacts (vCard)', it: 'Contatti (vCard)' },
  kindVcardHint: {
    en: 'A .vcf file from a phone or an address book.',
    it: 'Un file .vcf da un telefono o da una rubrica.',
  },
  whatIsInFile: { en: 'What is in the file?', it: "Cosa c'è nel file?" },
  file: { en: 'File', it: 'File' },
  fileHint: {
    en: 'Read here on this computer; only what you import is saved.',
    it: 'Viene letto qui su questo computer; si salva solo quello che importi.',
  },
  readingFile: { en: 'Reading the file…', it: 'Lettura del file…' },
  readingFileLabel: { en: 'Reading the file', it: 'Lettura del file' },
  // ImportReportPanel
  headline: {
    en: (
      dryRun: boolean,
      interactions: boolean,
      imported: number,
      updated: number,
      skipped: number,
      rejected: number,
    ) => {
      const counts = `${imported} new ${interactions ? 'purchases and visits' : 'customers'}, ${updated} updated, ${skipped} skipped, ${rejected} rejected`;
      return dryRun ? `The import would bring in ${counts}.` : `Imported ${counts}.`;
    },
    it: (
      dryRun: boolean,
      interactions: boolean,
      imported: number,
      updated: number,
      skipped: number,
      rejected: number,
    ) => {
      const created = interactions
        ? it(imported, 'nuovo acquisto o visita', 'nuovi acquisti e visite')
        : it(imported, 'nuovo cliente', 'nuovi clienti');
      const counts = `${created}, ${it(updated, 'aggiornato', 'aggiornati')}, ${it(skipped, 'saltato', 'saltati')}, ${it(rejected, 'scartato', 'scartati')}`;
      return dryRun ? `L'importazione porterebbe ${counts}.` : `Importati ${counts}.`;
    },
  },
  rejectsNotMade: {
    en: 'Could not make the file of rejected rows',
    it: 'Impossibile creare il file delle righe scartate',
  },
  dryRunTitle: { en: 'Dry run: nothing has been changed yet', it: 'Prova: non è ancora cambiato nulla' },
  importFinished: { en: 'Import finished', it: 'Importazione completata' },
  customersCreated: {
    en: (n: number) => `${n} customers are new, made for references nobody had.`,
    it: (n: number) =>
      plural('it', n, {
        one: '1 cliente è nuovo, creato per un riferimento che nessuno aveva.',
        other: `${n} clienti sono nuovi, creati per riferimenti che nessuno aveva.`,
      }),
  },
  rejectedRows: { en: 'Rejected rows', it: 'Righe scartate' },
  rowError: {
    en: (row: number, field: string, message: string) =>
      `Row ${row}: ${field === '' ? '' : `${field}: `}${message}`,
    it: (row: number, field: string, message: string) =>
      `Riga ${row}: ${field === '' ? '' : `${field}: `}${message}`,
  },
  andMore: {
    en: (n: number) => `… and ${n} more in the file below.`,
    it: (n: number) => `… e altre ${n} nel file qui sotto.`,
  },
  downloadRejects: { en: 'Download rejected rows (CSV)', it: 'Scarica le righe scartate (CSV)' },
  // PreviewTable
  previewTable: { en: 'Preview of the first rows', it: 'Anteprima delle prime righe' },
  row: { en: 'Row', it: 'Riga' },
  result: { en: 'Result', it: 'Risultato' },
  note: { en: 'Note', it: 'Nota' },
  // ReadingDetails
  byteOrderMark: {
    en: (encoding: string) => `${encoding} with a byte order mark`,
    it: (encoding: string) => `${encoding} con BOM (byte order mark)`,
  },
  readAs: {
    en: (file: string, count: number, csv: boolean, encoding: string, delimiter: string | null) =>
      `${file}: ${count.toLocaleString('en')} ${csv ? 'rows' : 'cards'}, read as ${encoding}${delimiter === null ? '' : `, columns separated by ${delimiter}`}.`,
    it: (file: string, count: number, csv: boolean, encoding: string, delimiter: string | null) =>
      `${file}: ${count.toLocaleString('it')} ${csv ? (count === 1 ? 'riga' : 'righe') : count === 1 ? 'scheda' : 'schede'}, letto come ${encoding}${delimiter === null ? '' : `, colonne separate da ${delimiter}`}.`,
  },
  encoding: { en: 'Encoding', it: 'Codifica' },
  detect: { en: (found: string) => `Detect (${found})`, it: (found: string) => `Rileva (${found})` },
  delimiter: { en: 'Delimiter', it: 'Separatore' },
  firstRowsOfFile: { en: 'The first rows of the file', it: 'Le prime righe del file' },
  utf8: { en: 'UTF-8', it: 'UTF-8' },
  utf16: { en: 'UTF-16', it: 'UTF-16' },
  windows1252: { en: 'Windows-1252', it: 'Windows-1252' },
  utf16LittleEndian: { en: 'UTF-16 (little-endian)', it: 'UTF-16 (little-endian)' },
  utf16BigEndian: { en: 'UTF-16 (big-endian)', it: 'UTF-16 (big-endian)' },
  comma: { en: 'comma', it: 'virgola' },
  semicolon: { en: 'semicolon', it: 'punto e virgola' },
  tab: { en: 'tab', it: 'tabulazione' },
  verticalBar: { en: 'vertical bar', it: 'barra verticale' },
  // SaveMapping
  mappingSaved: {
    en: (name: string) => `Saved the mapping “${name}”.`,
    it: (name: string) => `Abbinamento “${name}” salvato.`,
  },
  saveMappingAs: { en: 'Save this mapping as', it: 'Salva questo abbinamento come' },
  saveMappingPlaceholder: { en: 'e.g. Till export', it: 'es. Export della cassa' },
  saveMapping: { en: 'Save mapping', it: 'Salva abbinamento' },
  // UndoImportButton
  undoThisImport: { en: 'Undo this import', it: 'Annulla questa importazione' },
  importUndone: {
    en: (customers: number, interactions: number, restored: number) =>
      `Import undone: ${customers} customers and ${interactions} purchases or visits removed, ${restored} customers restored.`,
    it: (customers: number, interactions: number, restored: number) =>
      `Importazione annullata: tolti ${it(customers, 'cliente', 'clienti')} e ${it(interactions, 'acquisto o visita', 'acquisti o visite')}, ripristinati ${it(restored, 'cliente', 'clienti')}.`,
  },
  couldNotUndo: { en: 'Could not undo the import', it: "Impossibile annullare l'importazione" },
  // wizard-settings
  ignoreColumn: { en: 'Ignore this column', it: 'Ignora questa colonna' },
  customFieldTarget: {
    en: (name: string) => `${name} (custom field)`,
    it: (name: string) => `${name} (campo personalizzato)`,
  },
});

/** What each row of the preview becomes, keyed by the core's action. */
export const actionMessages = defineMessages({
  create: { en: 'New', it: 'Nuovo' },
  update: { en: 'Update', it: 'Aggiorna' },
  skip: { en: 'Skip', it: 'Salta' },
  reject: { en: 'Rejected', it: 'Scartato' },
});

/**
 * Where a column goes, keyed by the target (shared/domain/import-targets.ts keeps its English
 * `targetLabel` for the CLI and the exported headers).
 */
export const targetMessages = defineMessages({
  first_name: { en: 'First Name', it: 'Nome' },
  last_name: { en: 'Last Name', it: 'Cognome' },
  full_name: { en: 'Full Name', it: 'Nome e cognome' },
  phone: { en: 'Phone', it: 'Telefono' },
  email: { en: 'Email', it: 'E-mail' },
  birthday: { en: 'Birthday', it: 'Compleanno' },
  address: { en: 'Address', it: 'Indirizzo' },
  notes: { en: 'Notes', it: 'Note' },
  tags: { en: 'Tags', it: 'Etichette' },
  code: { en: 'Customer Code', it: 'Codice cliente' },
  customer_ref: { en: 'Customer (code, e-mail or phone)', it: 'Cliente (codice, e-mail o telefono)' },
  occurred_at: { en: 'Date and time', it: 'Data e ora' },
  kind: { en: 'Kind', it: 'Tipo' },
  amount: { en: 'Amount', it: 'Importo' },
  note: { en: 'Note', it: 'Nota' },
  external_id: { en: 'External ID', it: 'ID esterno' },
  channel: { en: 'Channel', it: 'Canale' },
  ignore: { en: 'Ignore', it: 'Ignora' },
  consent: {
    en: (channel: string, part: string) =>
      `${channel} Consent${part === '_date' ? ' Date' : part === '_source' ? ' Source' : ''}`,
    it: (channel: string, part: string) =>
      `${part === '_date' ? 'Data consenso' : part === '_source' ? 'Fonte consenso' : 'Consenso'} ${channel}`,
  },
});

/** The channels as the consent targets name them. */
export const targetChannelMessages = defineMessages({
  email: { en: 'Email', it: 'e-mail' },
  sms: { en: 'SMS', it: 'SMS' },
  phone: { en: 'Phone', it: 'telefono' },
  post: { en: 'Post', it: 'posta' },
});

/** Import presets, keyed by preset id (shared/domain/import-presets.ts keeps its English labels). */
export const presetMessages = defineMessages({
  generic: { en: 'Generic (usual column names)', it: 'Generico (nomi di colonna usuali)' },
  google: { en: 'Google Contacts', it: 'Google Contacts' },
  outlook: { en: 'Microsoft Outlook', it: 'Microsoft Outlook' },
  square: { en: 'Square Customer Directory', it: 'Square Customer Directory' },
  shopify: { en: 'Shopify customers', it: 'Clienti Shopify' },
});
