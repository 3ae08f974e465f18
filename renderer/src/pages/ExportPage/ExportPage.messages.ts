import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  title: { en: 'Export', it: 'Esporta' },
  intro: {
    en: 'Contact lists for a spreadsheet, a phone or a mailing tool. CSV opens in Excel with accents intact, and no cell can run as a formula. Every export is recorded below.',
    it: 'Elenchi di contatti per un foglio di calcolo, un telefono o un programma di invio e-mail. Il CSV si apre in Excel con le lettere accentate corrette, e nessuna cella può essere eseguita come formula. Ogni esportazione è registrata qui sotto.',
  },
});
