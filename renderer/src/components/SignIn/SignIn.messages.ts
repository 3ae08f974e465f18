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

  // First run
  setUpRegulars: { en: 'Set up Regulars', it: 'Configura Regulars' },
  welcome: { en: 'Welcome to Regulars', it: 'Ti diamo il benvenuto in Regulars' },
  ownerIntro: {
    en: 'You are setting Regulars up, so you become its owner: you add your staff, give them PINs and decide what they may do. Choose a PIN (4 to 8 digits) or a password only you know.',
    it: 'Stai configurando Regulars, quindi ne diventi il titolare: aggiungi il personale, dai a ognuno un PIN e decidi che cosa può fare. Scegli un PIN (da 4 a 8 cifre) o una password che conosci solo tu.',
  },
  yourName: { en: 'Your name', it: 'Il tuo nome' },
  yourNameRequired: { en: 'Your name is required', it: 'Scrivi il tuo nome' },
  yourNameTooLong: {
    en: 'Your name must be at most 60 characters',
    it: 'Il tuo nome può avere al massimo 60 caratteri',
  },
  yourPinOrPassword: { en: 'Your PIN or password', it: 'Il tuo PIN o la tua password' },
  sameAgain: { en: 'The same again', it: 'Ripeti PIN o password' },
  startUsing: { en: 'Start using Regulars', it: 'Inizia a usare Regulars' },
  pinNotValid: {
    en: 'The PIN must be a PIN of 4 to 8 digits, or a password of at least 8 characters',
    it: 'Il PIN deve avere da 4 a 8 cifre, oppure essere una password di almeno 8 caratteri',
  },
  pinTooLong: {
    en: 'The PIN must be at most 128 characters',
    it: 'Il PIN può avere al massimo 128 caratteri',
  },
  pinsDiffer: { en: 'The two PINs are not the same', it: 'I due PIN non coincidono' },

  // Keypad
  keypad: { en: (label: string) => `${label} keypad`, it: (label: string) => `Tastierino: ${label}` },
  deleteLastDigit: { en: 'Delete the last digit', it: "Cancella l'ultima cifra" },
  clear: { en: 'Clear', it: 'Svuota' },
  clearKey: { en: 'C', it: 'C' },
});
