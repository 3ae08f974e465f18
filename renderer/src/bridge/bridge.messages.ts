import { defineMessages } from '../i18n/define-messages.ts';

export const messages = defineMessages({
  unreachable: {
    en: 'Regulars is not reachable. Check that it is still running (npm start), then reload this page.',
    it: 'Regulars non è raggiungibile. Controlla che sia ancora in funzione (npm start), poi ricarica questa pagina.',
  },
  unauthorized: {
    en: "This link's access token is missing or wrong. Open the URL printed by `npm start`, which ends in #token=….",
    it: "Il codice di accesso di questo link manca o è sbagliato. Apri l'indirizzo scritto da `npm start`, che finisce con #token=….",
  },
});
