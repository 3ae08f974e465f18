import { defineMessages } from '../i18n/define-messages.ts';

/** Names of the ways a customer can be reached, keyed by the channel stored in the database. */
export const consentChannelMessages = defineMessages({
  email: { en: 'E-mail', it: 'E-mail' },
  sms: { en: 'SMS', it: 'SMS' },
  phone: { en: 'Phone call', it: 'Telefonata' },
  post: { en: 'Post', it: 'Posta' },
});
