import { customerFieldMessages } from '../../format/customer-fields.messages.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  ...customerFieldMessages,
  consents: { en: 'Consent', it: 'Consenso' },
  preferredChannel: { en: 'Preferred channel', it: 'Canale preferito' },
  customFields: { en: 'Custom fields', it: 'Campi personalizzati' },
  notSaved: { en: 'The customer was not saved', it: 'Il cliente non è stato salvato' },
  birthdayHint: {
    en: 'YYYY-MM-DD, or --MM-DD if the year is unknown',
    it: "AAAA-MM-GG, oppure --MM-GG se l'anno non è noto",
  },
  birthdayPlaceholder: { en: '1990-05-17', it: '1990-05-17' },
  codeHint: {
    en: 'A loyalty card number or your own reference',
    it: 'Il numero di una tessera fedeltà o un tuo riferimento',
  },
  tagsHint: {
    en: 'Press Enter or type a comma after each tag',
    it: 'Premi Invio o scrivi una virgola dopo ogni etichetta',
  },
  customFieldsNotLoaded: {
    en: (reason: string) => `Custom fields could not be loaded: ${reason}`,
    it: (reason: string) => `Impossibile caricare i campi personalizzati: ${reason}`,
  },
  mayWeContact: { en: 'May we contact them?', it: 'Possiamo contattarlo?' },
  preferredChannelHint: {
    en: 'How they like to be reached; follow-ups use it when consent allows',
    it: 'Come preferisce essere contattato; i ricontatti lo usano quando il consenso lo permette',
  },
  noPreference: { en: 'No preference', it: 'Nessuna preferenza' },
  saveCustomer: { en: 'Save customer', it: 'Salva cliente' },
  cancel: { en: 'Cancel', it: 'Annulla' },
  // CustomFieldInputs
  moreAboutThem: { en: 'More about them', it: 'Altro su di lui o lei' },
  datePlaceholder: { en: 'YYYY-MM-DD', it: 'AAAA-MM-GG' },
  // phone-hint
  theShopsCountry: { en: 'the shop’s country', it: 'il paese del negozio' },
  checkPhone: { en: 'Check the phone number', it: 'Controlla il numero di telefono' },
  savedAsTyped: {
    en: (country: string) => `Saved as typed: could not read this phone number for ${country}`,
    it: (country: string) => `Salvato così com'è: impossibile leggere questo numero per ${country}`,
  },
});

/** Each consent checkbox's label, keyed by channel. */
export const consentLabelMessages = defineMessages({
  email: { en: 'Email consent', it: 'Consenso e-mail' },
  sms: { en: 'SMS consent', it: 'Consenso SMS' },
  phone: { en: 'Phone consent', it: 'Consenso telefono' },
  post: { en: 'Post consent', it: 'Consenso posta' },
});

/** Each channel's short name where a list of consents is shown, keyed by channel. */
export const channelShortMessages = defineMessages({
  email: { en: 'Email', it: 'E-mail' },
  sms: { en: 'SMS', it: 'SMS' },
  phone: { en: 'Phone', it: 'Telefono' },
  post: { en: 'Post', it: 'Posta' },
});
