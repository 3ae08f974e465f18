import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  // AddCustomFieldForm
  fieldName: { en: 'Field name', it: 'Nome del campo' },
  choices: { en: 'Choices', it: 'Scelte' },
  added: {
    en: (name: string) => `Added the custom field “${name}”.`,
    it: (name: string) => `Campo personalizzato “${name}” aggiunto.`,
  },
  notAdded: { en: 'The field was not added', it: 'Il campo non è stato aggiunto' },
  addForm: { en: 'Add a custom field', it: 'Aggiungi un campo personalizzato' },
  fieldType: { en: 'Field type', it: 'Tipo di campo' },
  choicesHint: { en: 'Press Enter after each choice', it: 'Premi Invio dopo ogni scelta' },
  addField: { en: 'Add field', it: 'Aggiungi campo' },
  // CustomFieldSettings
  notArchived: { en: 'The field was not archived', it: 'Il campo non è stato archiviato' },
  notBroughtBack: { en: 'The field was not brought back', it: 'Il campo non è stato ripristinato' },
  title: { en: 'Custom fields', it: 'Campi personalizzati' },
  intro: {
    en: 'Shown on every customer’s form and page, searchable and filterable. Archiving hides a field but keeps every value, so unarchiving loses nothing.',
    it: 'Compaiono nella scheda e nella pagina di ogni cliente, e puoi cercarli e filtrarli. Archiviare un campo lo nasconde ma ne tiene tutti i valori: ripristinandolo non perdi nulla.',
  },
  name: { en: 'Name', it: 'Nome' },
  type: { en: 'Type', it: 'Tipo' },
  actions: { en: 'Actions', it: 'Azioni' },
  archived: { en: 'Archived', it: 'Archiviato' },
  rename: { en: 'Rename', it: 'Rinomina' },
  unarchive: { en: 'Unarchive', it: 'Ripristina' },
  archive: { en: 'Archive', it: 'Archivia' },
  noFieldsYet: { en: 'No custom fields yet.', it: 'Ancora nessun campo personalizzato.' },
  // EditCustomFieldModal
  nameRequired: { en: 'Name is required', it: 'Il nome è obbligatorio' },
  choiceNeeded: {
    en: 'A choice field needs at least one choice',
    it: 'Un campo a scelta ha bisogno di almeno una scelta',
  },
  editTitle: { en: (name: string) => `Edit “${name}”`, it: (name: string) => `Modifica “${name}”` },
  removingChoiceHint: {
    en: 'Removing a choice keeps it on the customers who have it',
    it: "Togliere una scelta non la toglie ai clienti che ce l'hanno",
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  saveField: { en: 'Save field', it: 'Salva campo' },
});

/** The types a custom field can have, keyed by the type stored in the database. */
export const typeMessages = defineMessages({
  text: { en: 'Text', it: 'Testo' },
  number: { en: 'Number', it: 'Numero' },
  date: { en: 'Date', it: 'Data' },
  boolean: { en: 'Yes/No', it: 'Sì/No' },
  choice: { en: 'Choice', it: 'Scelta' },
});
