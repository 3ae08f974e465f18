import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  // Lock screen
  locked: { en: 'Regulars is locked', it: 'Regulars è bloccato' },
  chooseAndEnterPin: {
    en: 'Choose your name and enter your PIN.',
    it: 'Scegli il tuo nome e inserisci il PIN.',
  },
  signIn: { en: 'Sign in', it: 'Accedi' },

  // Sign-in form
  lockedUntil: {
    en: (time: string) => `(locked until ${time})`,
    it: (time: string) => `(accesso bloccato fino alle ${time})`,
  },
  chooseWhoFirst: { en: 'Choose who you are first.', it: 'Prima scegli chi sei.' },
  typeYourPin: { en: 'Type your PIN', it: 'Scrivi il tuo PIN' },
  nobodyHasPin: {
    en: 'Nobody has a PIN yet: the owner sets PINs in Settings › Staff.',
    it: 'Nessuno ha ancora un PIN: il titolare li assegna in Impostazioni › Personale.',
  },
  whoAreYou: { en: 'Who are you?', it: 'Chi sei?' },
  pinOrPassword: { en: 'PIN or password', it: 'PIN o password' },

  // Keypad
  keypad: { en: (label: string) => `${label} keypad`, it: (label: string) => `Tastierino: ${label}` },
  deleteLastDigit: { en: 'Delete the last digit', it: "Cancella l'ultima cifra" },
  clear: { en: 'Clear', it: 'Svuota' },
  clearKey: { en: 'C', it: 'C' },
});
