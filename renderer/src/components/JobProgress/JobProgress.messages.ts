import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  progress: {
    en: (done: number, total: number) => `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    it: (done: number, total: number) => `${done.toLocaleString('it')} di ${total.toLocaleString('it')}`,
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
});

/** Where a long job is, keyed by the core's phase. */
export const phaseMessages = defineMessages({
  reading: { en: 'Reading the file…', it: 'Lettura del file…' },
  checking: { en: 'Checking rows…', it: 'Controllo delle righe…' },
  saving: { en: 'Saving…', it: 'Salvataggio…' },
  writing: { en: 'Writing the file…', it: 'Scrittura del file…' },
  done: { en: 'Done', it: 'Fatto' },
});
