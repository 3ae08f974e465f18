import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  couldNotStart: { en: 'Regulars could not start', it: 'Regulars non è riuscito ad avviarsi' },
  noAnswer: { en: 'The app did not answer', it: "L'app non ha risposto" },
  dataUntouched: {
    en: 'Your data is untouched. Once Regulars is running again, try once more.',
    it: 'I tuoi dati sono intatti. Quando Regulars sarà di nuovo in funzione, riprova.',
  },
  tryAgain: { en: 'Try again', it: 'Riprova' },
  starting: { en: 'Starting Regulars', it: 'Avvio di Regulars' },
});
