import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  phone: { en: 'Phone', it: 'Telefono' },
  email: { en: 'Email', it: 'E-mail' },
  birthday: { en: 'Birthday', it: 'Compleanno' },
  address: { en: 'Address', it: 'Indirizzo' },
  customerCode: { en: 'Customer code', it: 'Codice cliente' },
  consent: { en: 'Consent', it: 'Consenso' },
  preferredChannel: { en: 'Preferred channel', it: 'Canale preferito' },
  tags: { en: 'Tags', it: 'Etichette' },
  edit: { en: 'Edit', it: 'Modifica' },
  unreadablePhone: { en: 'Could not read this number', it: 'Impossibile leggere questo numero' },
  pinnedNotes: { en: 'Pinned notes', it: 'Note in evidenza' },
});
