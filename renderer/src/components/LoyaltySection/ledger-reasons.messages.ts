import { defineMessages } from '../../i18n/define-messages.ts';

// The core words the ledger rows it writes in English (main/core/loyalty/ledger-reasons.ts, the
// birthday bonus, a redemption without a reward); these are those sentences, keyed by their
// English, in the other languages. ledger-reasons.test.ts checks the core's wordings are all here.

/** "2026-03-05" as an Italian reader writes a day. */
const dayIt = (day: string) => {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return parsed ? `${parsed[3]}/${parsed[2]}/${parsed[1]}` : day;
};

export const fixedLedgerReasons = defineMessages({
  purchaseTakenBack: {
    en: 'Purchase deleted, moved or no longer earning: its points are taken back',
    it: 'Acquisto eliminato, spostato o che non fa più punti: i suoi punti sono stati tolti',
  },
  purchaseMore: { en: 'Purchase edited: more points', it: 'Acquisto modificato: più punti' },
  purchaseFewer: { en: 'Purchase edited: fewer points', it: 'Acquisto modificato: meno punti' },
  purchase: { en: 'Points for a purchase', it: 'Punti per un acquisto' },
  refund: { en: 'Refund: points taken back', it: 'Rimborso: punti tolti' },
  expired: {
    en: 'No visit for the expiry period: the points expired',
    it: 'Nessuna visita nel periodo di scadenza: i punti sono scaduti',
  },
  expiryUndone: {
    en: 'A visit before the expiry date was recorded: the expired points are back',
    it: 'È stata registrata una visita prima della scadenza: i punti scaduti sono tornati',
  },
  spentKept: {
    en: 'Points already spent are not taken back',
    it: 'I punti già spesi non vengono tolti',
  },
  spentCovered: {
    en: 'Points already spent are covered again by the purchase',
    it: "I punti già spesi sono di nuovo coperti dall'acquisto",
  },
  recalculated: { en: 'Recalculated', it: 'Ricalcolato' },
});

export const patternLedgerReasons = defineMessages({
  visitTakenBack: {
    en: (day: string) => `Visit on ${day} no longer counts: its points are taken back`,
    it: (day: string) => `La visita del ${dayIt(day)} non conta più: i suoi punti sono stati tolti`,
  },
  visitRecalculated: {
    en: (day: string) => `Visit on ${day} recalculated`,
    it: (day: string) => `Visita del ${dayIt(day)} ricalcolata`,
  },
  visit: {
    en: (day: string) => `Points for the visit on ${day}`,
    it: (day: string) => `Punti per la visita del ${dayIt(day)}`,
  },
  birthdayBonus: {
    en: (year: string) => `Birthday bonus ${year}`,
    it: (year: string) => `Bonus compleanno ${year}`,
  },
  redeemedPoints: {
    en: (points: string) => `Redeemed ${points} points`,
    it: (points: string) => `Riscattati ${points} punti`,
  },
});
