import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  title: { en: 'Import', it: 'Importa' },
  intro: {
    en: 'Bring customers in from a spreadsheet, a phone or another system, and purchase history from a till. Nothing is saved until you say so, and a whole import can be undone.',
    it: "Porta in Regulars i clienti da un foglio di calcolo, da un telefono o da un altro programma, e lo storico degli acquisti da una cassa. Non viene salvato nulla finché non lo confermi, e puoi annullare un'intera importazione.",
  },
});
