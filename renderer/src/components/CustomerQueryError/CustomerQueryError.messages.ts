import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  notLoaded: { en: 'The customer could not be loaded', it: 'Impossibile caricare il cliente' },
  tryAgain: { en: 'Try again', it: 'Riprova' },
});
