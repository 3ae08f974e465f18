import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  last30Days: { en: 'Last 30 days', it: 'Ultimi 30 giorni' },
  noAnswers: { en: 'no answers yet', it: 'ancora nessuna risposta' },
});
