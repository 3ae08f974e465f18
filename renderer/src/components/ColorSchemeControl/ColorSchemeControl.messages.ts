import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  theme: { en: 'Theme', it: 'Tema' },
  light: { en: 'Light', it: 'Chiaro' },
  dark: { en: 'Dark', it: 'Scuro' },
  auto: { en: 'System', it: 'Sistema' },
});
