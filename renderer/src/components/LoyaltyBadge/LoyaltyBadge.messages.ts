import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  loyaltyTier: {
    en: (tier: string) => `Loyalty tier: ${tier}`,
    it: (tier: string) => `Livello fedeltà: ${tier}`,
  },
});
