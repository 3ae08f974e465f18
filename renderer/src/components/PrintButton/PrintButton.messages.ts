import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  printOrSavePdf: { en: 'Print or save as PDF', it: 'Stampa o salva come PDF' },
});
