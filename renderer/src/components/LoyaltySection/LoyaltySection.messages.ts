import type { TierMeasure, TierPeriod } from '../../../../shared/domain/loyalty/program.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

// Numbers as the reader writes them; counted words agree with their number.
const en = (n: number) => n.toLocaleString('en-US');
const it = (n: number) => n.toLocaleString('it-IT');
const countEn = (n: number, one: string, many: string) => `${en(n)} ${n === 1 ? one : many}`;
const countIt = (n: number, one: string, many: string) => `${it(n)} ${n === 1 ? one : many}`;

/**
 * How the shop's loyalty is said, from the status's fields: shared by the customer page and
 * Settings → Loyalty program. `money` is the amount already formatted, used when measuring spend.
 */
export const loyaltyWords = defineMessages({
  points: {
    en: (n: number) => countEn(n, 'point', 'points'),
    it: (n: number) => countIt(n, 'punto', 'punti'),
  },
  measure: {
    en: (measure: TierMeasure, value: number, money: string) =>
      measure === 'points'
        ? countEn(value, 'point', 'points')
        : measure === 'visits'
          ? countEn(value, 'visit', 'visits')
          : `${money} spent`,
    it: (measure: TierMeasure, value: number, money: string) =>
      measure === 'points'
        ? countIt(value, 'punto', 'punti')
        : measure === 'visits'
          ? countIt(value, 'visita', 'visite')
          : `${money} di spesa`,
  },
  /** "380 points to Gold". */
  progress: {
    en: (measure: TierMeasure, missing: number, money: string, next: string) =>
      `${
        measure === 'spend'
          ? money
          : measure === 'visits'
            ? countEn(missing, 'visit', 'visits')
            : countEn(missing, 'point', 'points')
      } to ${next}`,
    it: (measure: TierMeasure, missing: number, money: string, next: string) =>
      `Ancora ${
        measure === 'spend'
          ? money
          : measure === 'visits'
            ? countIt(missing, 'visita', 'visite')
            : countIt(missing, 'punto', 'punti')
      } per ${next}`,
  },
  period: {
    en: (period: TierPeriod): string =>
      period === 'rolling12' ? 'in the last 12 months' : 'this calendar year',
    it: (period: TierPeriod): string =>
      period === 'rolling12' ? 'negli ultimi 12 mesi' : "nell'anno solare in corso",
  },
  /** "Silver needs 100 points". */
  needs: {
    en: (tier: string, amount: string) => `${tier} needs ${amount}`,
    it: (tier: string, amount: string) => `${tier} richiede ${amount}`,
  },
  noTiers: { en: 'The program has no tiers.', it: 'Il programma non ha livelli.' },
  noTierYet: {
    en: (now: string, needs: string) => `No tier yet: ${now}; ${needs}.`,
    it: (now: string, needs: string) => `Ancora nessun livello: ${now}; ${needs}.`,
  },
  /** `needs` is '' while the program's thresholds are loading. */
  currentTier: {
    en: (tier: string, now: string, needs: string) => `${tier}: ${now}${needs === '' ? '' : `; ${needs}`}.`,
    it: (tier: string, now: string, needs: string) => `${tier}: ${now}${needs === '' ? '' : `; ${needs}`}.`,
  },
  heldTier: {
    en: (tier: string, until: string, keepMonths: number, now: string, needs: string) =>
      `${tier} until ${until}: reached earlier and kept for ${countEn(keepMonths, 'month', 'months')}; now ${now}${needs === '' ? '' : ` (${needs})`}.`,
    it: (tier: string, until: string, keepMonths: number, now: string, needs: string) =>
      `${tier} fino al ${until}: raggiunto prima e mantenuto per ${countIt(keepMonths, 'mese', 'mesi')}; ora ${now}${needs === '' ? '' : ` (${needs})`}.`,
  },
  toSpend: {
    en: (balance: number) => `${countEn(balance, 'point', 'points')} to spend.`,
    it: (balance: number) => `${countIt(balance, 'punto', 'punti')} da spendere.`,
  },
  expiresOn: {
    en: (date: string) => `Unless the customer visits again, the points expire on ${date}.`,
    it: (date: string) => `Se il cliente non torna prima, i punti scadono il ${date}.`,
  },
  /** How points are earned, rounding included; amounts already formatted. */
  earning: {
    en: (perUnit: number, unit: string, perVisit: number, visitMinimum: string | null) => {
      const parts: string[] = [];
      if (perUnit > 0)
        parts.push(`${countEn(perUnit, 'point', 'points')} per ${unit} spent, rounded down on each purchase`);
      if (perVisit > 0)
        parts.push(
          `${countEn(perVisit, 'point', 'points')} per day with a visit${visitMinimum === null ? '' : ` spending at least ${visitMinimum}`}`,
        );
      return parts.length === 0 ? 'Nothing earns points.' : `Earns ${parts.join(', and ')}.`;
    },
    it: (perUnit: number, unit: string, perVisit: number, visitMinimum: string | null) => {
      const parts: string[] = [];
      if (perUnit > 0)
        parts.push(
          `${countIt(perUnit, 'punto', 'punti')} ogni ${unit} di spesa, arrotondati per difetto a ogni acquisto`,
        );
      if (perVisit > 0)
        parts.push(
          `${countIt(perVisit, 'punto', 'punti')} per ogni giorno con una visita${visitMinimum === null ? '' : ` con una spesa di almeno ${visitMinimum}`}`,
        );
      return parts.length === 0
        ? 'Nessuna attività fa guadagnare punti.'
        : `Si guadagnano ${parts.join(' e ')}.`;
    },
  },
  noTier: { en: 'no tier', it: 'nessun livello' },
});

export const messages = defineMessages({
  loyalty: { en: 'Loyalty', it: 'Fedeltà' },
  noProgramLead: {
    en: 'No loyalty program yet. Set one up in ',
    it: 'Ancora nessun programma fedeltà. Crealo in ',
  },
  settingsLink: { en: 'Settings → Loyalty program', it: 'Impostazioni → Programma fedeltà' },
  noProgramEnd: { en: '.', it: '.' },
  pointsBalance: { en: 'Points balance', it: 'Saldo punti' },
  pointsAfterBalance: {
    en: (n: number): string => (n === 1 ? 'point' : 'points'),
    it: (n: number): string => (n === 1 ? 'punto' : 'punti'),
  },
  progressTo: {
    en: (tier: string) => `Progress to ${tier}`,
    it: (tier: string) => `Avanzamento verso ${tier}`,
  },
  howWorkedOut: { en: 'How this status is worked out', it: 'Come si calcola questa situazione' },
  rewards: { en: 'Rewards', it: 'Premi' },
  adjustByHand: { en: 'Adjust by hand', it: 'Correggi a mano' },
  ledger: { en: 'Ledger', it: 'Movimenti' },
  tierChanges: { en: 'Tier changes', it: 'Cambi di livello' },
  tierChange: {
    en: (up: boolean, from: string, to: string) => `${up ? 'Up' : 'Down'} from ${from} to ${to}.`,
    it: (up: boolean, from: string, to: string) => `${up ? 'Salito' : 'Sceso'} da ${from} a ${to}.`,
  },
  rewardRedeemed: {
    en: (reward: string | null, balance: number) =>
      `${reward ?? 'Reward'} redeemed: ${countEn(balance, 'point', 'points')} left.`,
    it: (reward: string | null, balance: number) =>
      `${reward ?? 'Premio'} riscattato: ${balance === 1 ? 'resta' : 'restano'} ${countIt(balance, 'punto', 'punti')}.`,
  },
  notRedeemed: { en: 'Not redeemed', it: 'Non riscattato' },
  // The adjust form
  adjustPoints: { en: 'Adjust points', it: 'Correggi i punti' },
  points: { en: 'Points', it: 'Punti' },
  pointsPlaceholder: { en: '20 or -20', it: '20 o -20' },
  reason: { en: 'Reason', it: 'Motivo' },
  reasonPlaceholder: { en: 'Coffee machine broken, sorry', it: 'Macchina del caffè rotta, scusa' },
  adjust: { en: 'Adjust', it: 'Correggi' },
  pointsWhole: {
    en: 'Points must be a whole number, like 20 or -20',
    it: 'I punti devono essere un numero intero, come 20 o -20',
  },
  pointsNotZero: { en: 'Points must not be 0', it: 'I punti non possono essere 0' },
  sayWhy: { en: 'Say why the points change', it: 'Scrivi perché cambiano i punti' },
  atMost200: { en: 'At most 200 characters', it: 'Al massimo 200 caratteri' },
  // The ledger
  noPointsYet: { en: 'No points yet.', it: 'Ancora nessun punto.' },
  pointsLedger: { en: 'Points ledger', it: 'Movimenti dei punti' },
  when: { en: 'When', it: 'Quando' },
  what: { en: 'What', it: 'Cosa' },
  balance: { en: 'Balance', it: 'Saldo' },
  why: { en: 'Why', it: 'Perché' },
  redeemedReward: {
    en: (reward: string) => `Redeemed ${reward}`,
    it: (reward: string) => `Riscattato: ${reward}`,
  },
  showFewer: { en: 'Show fewer', it: 'Mostra meno' },
  showAllRows: { en: (n: number) => `Show all ${n} rows`, it: (n: number) => `Mostra tutte le ${n} righe` },
  // The rewards
  noRewardsYet: { en: 'The program has no rewards yet.', it: 'Il programma non ha ancora premi.' },
  rewardCost: {
    en: (cost: number, more: number | null) =>
      `${countEn(cost, 'point', 'points')}${more === null ? '' : ` · ${en(more)} more needed`}`,
    it: (cost: number, more: number | null) =>
      `${countIt(cost, 'punto', 'punti')}${more === null ? '' : ` · ne ${more === 1 ? 'manca' : 'mancano'} ${it(more)}`}`,
  },
  confirmReward: {
    en: (reward: string) => `Confirm ${reward}`,
    it: (reward: string) => `Conferma ${reward}`,
  },
  cancel: { en: 'Cancel', it: 'Annulla' },
  redeemReward: { en: (reward: string) => `Redeem ${reward}`, it: (reward: string) => `Riscatta ${reward}` },
  redeem: { en: 'Redeem', it: 'Riscatta' },
});

/** The kinds of ledger row, keyed like LEDGER_KINDS in shared/domain/loyalty/status.ts. */
export const ledgerKindMessages = defineMessages({
  earn: { en: 'Earned', it: 'Guadagnati' },
  redeem: { en: 'Redeemed', it: 'Riscattati' },
  adjust: { en: 'Adjusted', it: 'Corretti' },
  expire: { en: 'Expired', it: 'Scaduti' },
  bonus: { en: 'Bonus', it: 'Bonus' },
  reversal: { en: 'Reversed', it: 'Stornati' },
});
