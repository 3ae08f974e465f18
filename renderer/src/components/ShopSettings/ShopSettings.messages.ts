import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  shop: { en: 'Shop', it: 'Negozio' },
  defaultCountry: { en: 'Default country', it: 'Paese predefinito' },
  defaultCountryHint: {
    en: 'Phone numbers typed without +country code are read as this country’s. Changing it re-reads every stored number.',
    it: 'I numeri di telefono scritti senza prefisso internazionale (+…) sono considerati di questo paese. Se lo cambi, Regulars rilegge tutti i numeri salvati.',
  },
  now: { en: (country: string) => `Now: ${country}`, it: (country: string) => `Attuale: ${country}` },
  countryOption: {
    en: (name: string, code: string) => `${name} (${code})`,
    it: (name: string, code: string) => `${name} (${code})`,
  },
  countryChanged: {
    en: (country: string) => `Phone numbers without a country code are now read as ${country}.`,
    it: (country: string) =>
      `Ora i numeri di telefono senza prefisso internazionale sono considerati di questo paese: ${country}.`,
  },
  currency: { en: 'Currency', it: 'Valuta' },
  currencyHint: {
    en: 'Amounts are shown in it; the amounts themselves never change.',
    it: 'Gli importi sono mostrati in questa valuta; i valori salvati non cambiano.',
  },
  currencyChanged: {
    en: (name: string) => `Amounts are now shown in ${name}.`,
    it: (name: string) => `Ora gli importi sono mostrati in questa valuta: ${name}.`,
  },
  shopName: { en: 'Shop name', it: 'Nome del negozio' },
  shopNameHint: { en: 'Used to sign follow-up messages', it: 'Serve a firmare i messaggi di ricontatto' },
  saveName: { en: 'Save name', it: 'Salva il nome' },
  shopNameSaved: { en: 'Shop name saved.', it: 'Nome del negozio salvato.' },
});
