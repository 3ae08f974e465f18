import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  formName: { en: 'Set up Regulars', it: 'Configura Regulars' },
  welcome: { en: 'Welcome to Regulars', it: 'Ti diamo il benvenuto in Regulars' },
  intro: {
    en: 'Three short steps: your shop, you, and how you would like to start. Everything can be changed later in Settings.',
    it: 'Tre brevi passaggi: il tuo negozio, tu e come vuoi iniziare. Potrai cambiare tutto in seguito nelle Impostazioni.',
  },
  stepShop: { en: 'Your shop', it: 'Il tuo negozio' },
  stepOwner: { en: 'You', it: 'Tu' },
  stepStart: { en: 'Get started', it: 'Inizia' },
  shopName: { en: 'Shop name', it: 'Nome del negozio' },
  shopNameHint: {
    en: 'Messages to customers sign off with it.',
    it: 'I messaggi ai clienti si chiudono con questo nome.',
  },
  shopNameRequired: { en: 'Shop name is required', it: 'Il nome del negozio è obbligatorio' },
  shopNameTooLong: {
    en: 'Shop name must be at most 80 characters',
    it: 'Il nome del negozio può avere al massimo 80 caratteri',
  },
  unknownCurrency: { en: 'Choose a currency from the list', it: 'Scegli una valuta dall’elenco' },
  country: { en: 'Country', it: 'Paese' },
  countryOption: {
    en: (name: string, code: string) => `${name} (${code})`,
    it: (name: string, code: string) => `${name} (${code})`,
  },
  countryHint: {
    en: 'Phone numbers typed without +country code are read as this country’s.',
    it: 'I numeri di telefono scritti senza prefisso internazionale sono letti come numeri di questo paese.',
  },
  currency: { en: 'Currency', it: 'Valuta' },
  currencyHint: {
    en: (example: string) => `Amounts will read like ${example}.`,
    it: (example: string) => `Gli importi si leggeranno così: ${example}.`,
  },
  datesHint: {
    en: (example: string) => `Dates and numbers follow this computer’s settings: today is ${example}.`,
    it: (example: string) => `Date e numeri seguono le impostazioni di questo computer: oggi è ${example}.`,
  },
  ownerIntro: {
    en: 'You are setting Regulars up, so you become its owner: you add your staff, give them PINs and decide what they may do. Choose a PIN (4 to 8 digits) or a password only you know.',
    it: 'Stai configurando Regulars, quindi ne diventi il titolare: aggiungi il personale, dai a ognuno un PIN e decidi che cosa può fare. Scegli un PIN (da 4 a 8 cifre) o una password che conosci solo tu.',
  },
  yourName: { en: 'Your name', it: 'Il tuo nome' },
  yourPin: { en: 'Your PIN or password', it: 'Il tuo PIN o la tua password' },
  sameAgain: { en: 'The same again', it: 'Ripeti PIN o password' },
  yourNameRequired: { en: 'Your name is required', it: 'Scrivi il tuo nome' },
  yourNameTooLong: {
    en: 'Your name must be at most 60 characters',
    it: 'Il tuo nome può avere al massimo 60 caratteri',
  },
  startHow: { en: 'How would you like to start?', it: 'Come vuoi iniziare?' },
  startDemo: { en: 'Explore a demo café', it: 'Esplora un bar dimostrativo' },
  startDemoHint: {
    en: 'Two years of made-up customers, visits and loyalty points, clearly marked and removable in one click.',
    it: 'Due anni di clienti, visite e punti fedeltà inventati, ben segnalati e rimovibili con un clic.',
  },
  startImport: { en: 'Import my customers', it: 'Importa i miei clienti' },
  startImportHint: {
    en: 'From a spreadsheet, your phone’s contacts or another system’s export (CSV or vCard).',
    it: 'Da un foglio di calcolo, dai contatti del telefono o dall’esportazione di un altro programma (CSV o vCard).',
  },
  startEmpty: { en: 'Start empty', it: 'Inizia da zero' },
  startEmptyHint: {
    en: 'Add customers at the counter as they come in.',
    it: 'Aggiungi i clienti al banco man mano che arrivano.',
  },
  loyalty: { en: 'Start a loyalty program', it: 'Avvia un programma fedeltà' },
  loyaltyHint: {
    en: (amount: string) =>
      `A point for every ${amount} spent; tiers Regular, Silver (150 points) and Gold (400); rewards at 40 and 90 points. You can change it or switch it off in Settings.`,
    it: (amount: string) =>
      `Un punto ogni ${amount} spesi; livelli Abituale, Argento (150 punti) e Oro (400); premi a 40 e 90 punti. Puoi cambiarlo o disattivarlo nelle Impostazioni.`,
  },
  demoHasLoyalty: {
    en: 'The demo café comes with its own loyalty program.',
    it: 'Il bar dimostrativo ha già il suo programma fedeltà.',
  },
  tierRegular: { en: 'Regular', it: 'Abituale' },
  tierSilver: { en: 'Silver', it: 'Argento' },
  tierGold: { en: 'Gold', it: 'Oro' },
  rewardSmall: { en: 'Small thank-you', it: 'Piccolo omaggio' },
  rewardBig: { en: 'Big thank-you', it: 'Grande omaggio' },
  back: { en: 'Back', it: 'Indietro' },
  next: { en: 'Next', it: 'Avanti' },
  finish: { en: 'Start using Regulars', it: 'Inizia a usare Regulars' },
  working: { en: 'Setting up your shop…', it: 'Sto preparando il negozio…' },
});
