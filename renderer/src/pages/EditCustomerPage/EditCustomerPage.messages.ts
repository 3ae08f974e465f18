import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  loadingCustomer: { en: 'Loading customer', it: 'Caricamento del cliente' },
  editTitle: { en: (name: string) => `Edit ${name}`, it: (name: string) => `Modifica ${name}` },
});
