import { defineMessages } from '../i18n/define-messages.ts';

/** A customer's fields as every form, merge and list names them, keyed like the Customer type. */
export const customerFieldMessages = defineMessages({
  firstName: { en: 'First name', it: 'Nome' },
  lastName: { en: 'Last name', it: 'Cognome' },
  phone: { en: 'Phone', it: 'Telefono' },
  email: { en: 'Email', it: 'E-mail' },
  birthday: { en: 'Birthday', it: 'Compleanno' },
  address: { en: 'Address', it: 'Indirizzo' },
  notes: { en: 'Notes', it: 'Note' },
  tags: { en: 'Tags', it: 'Etichette' },
  code: { en: 'Customer code', it: 'Codice cliente' },
});
