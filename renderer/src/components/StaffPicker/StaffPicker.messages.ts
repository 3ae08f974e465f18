import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  inactiveMark: { en: ' (inactive)', it: ' (non attivo)' },
});
