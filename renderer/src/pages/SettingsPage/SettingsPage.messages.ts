import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  title: { en: 'Settings', it: 'Impostazioni' },
});
