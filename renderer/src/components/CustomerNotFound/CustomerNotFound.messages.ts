import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  title: { en: 'Customer not found', it: 'Cliente non trovato' },
  explain: {
    en: 'There is no customer at this address. The link may be old, or the customer was removed.',
    it: "Non c'è nessun cliente a questo indirizzo. Il link potrebbe essere vecchio, o il cliente è stato eliminato.",
  },
  back: { en: 'Back to customers', it: 'Torna ai clienti' },
});
