import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  language: { en: 'Language', it: 'Lingua' },
});
