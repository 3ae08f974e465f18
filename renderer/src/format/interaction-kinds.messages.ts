import { defineMessages } from '../i18n/define-messages.ts';

/** Names of interaction kinds, keyed by the kind stored in the database. */
export const interactionKindMessages = defineMessages({
  visit: { en: 'Visit', it: 'Visita' },
  purchase: { en: 'Purchase', it: 'Acquisto' },
  call: { en: 'Call', it: 'Telefonata' },
  email: { en: 'Email', it: 'E-mail' },
  message: { en: 'Message', it: 'Messaggio' },
  note: { en: 'Note', it: 'Nota' },
  complaint: { en: 'Complaint', it: 'Reclamo' },
  feedback: { en: 'Feedback', it: 'Opinione' },
  follow_up: { en: 'Follow-up', it: 'Ricontatto' },
});
