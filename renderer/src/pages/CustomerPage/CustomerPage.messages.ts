import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  loadingCustomer: { en: 'Loading customer', it: 'Caricamento del cliente' },
  logInteraction: { en: 'Log an interaction', it: "Registra un'attività" },
});
