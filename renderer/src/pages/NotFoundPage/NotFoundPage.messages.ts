import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  title: { en: 'Page not found', it: 'Pagina non trovata' },
  nothingHere: { en: 'There is nothing at this address.', it: "A questo indirizzo non c'è niente." },
  backToToday: { en: 'Back to Today', it: 'Torna a Oggi' },
});
