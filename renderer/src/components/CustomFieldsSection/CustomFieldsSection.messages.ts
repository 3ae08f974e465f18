import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  yes: { en: 'Yes', it: 'Sì' },
  no: { en: 'No', it: 'No' },
  customFields: { en: 'Custom fields', it: 'Campi personalizzati' },
});
