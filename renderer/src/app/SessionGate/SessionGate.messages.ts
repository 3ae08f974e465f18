import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  checkingSignIn: { en: 'Checking who is signed in', it: "Controllo di chi ha fatto l'accesso" },
});
