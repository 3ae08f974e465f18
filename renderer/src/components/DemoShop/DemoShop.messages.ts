import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  demoCafe: { en: 'Demo café', it: 'Bar dimostrativo' },
  bannerText: {
    en: (settings: string) =>
      `The customers here are made up. When you are ready for your own, remove them in ${settings}.`,
    it: (settings: string) =>
      `I clienti qui sono inventati. Quando sei pronto per i tuoi, eliminali nelle ${settings}.`,
  },
  settings: { en: 'Settings', it: 'Impostazioni' },
  holdsDemo: {
    en: (customers: number) =>
      `This Regulars holds the demo café: ${customers} made-up customers. Removing it erases them and their history; customers you added yourself stay.`,
    it: (customers: number) =>
      `Questo Regulars contiene il bar dimostrativo: ${customers} clienti inventati. Eliminandolo li cancelli definitivamente insieme alla loro storia; i clienti che hai aggiunto tu restano.`,
  },
  tryDemo: {
    en: 'Try Regulars on a made-up café with two years of regulars, occasional and lapsed customers, complaints, birthdays and loyalty points. It only loads into an empty Regulars.',
    it: 'Prova Regulars con un bar inventato: due anni di clienti abituali, occasionali e persi, reclami, compleanni e punti fedeltà. Si carica solo in un Regulars vuoto.',
  },
  removeDemo: { en: 'Remove the demo café', it: 'Elimina il bar dimostrativo' },
  loadDemo: { en: 'Load the demo café', it: 'Carica il bar dimostrativo' },
});
