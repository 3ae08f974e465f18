import type { TierMeasure } from '../../../../shared/domain/loyalty/program.ts';
import { defineMessages } from '../../i18n/define-messages.ts';

const it = (n: number) => n.toLocaleString('it-IT');
const pointsEn = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'point' : 'points'}`;
const pointsIt = (n: number) => `${it(n)} ${n === 1 ? 'punto' : 'punti'}`;

export const messages = defineMessages({
  loyaltyProgram: { en: 'Loyalty program', it: 'Programma fedeltà' },
  currentVersion: {
    en: (version: number, since: string, earning: string) => `Version ${version}, since ${since}. ${earning}`,
    it: (version: number, since: string, earning: string) => `Versione ${version}, dal ${since}. ${earning}`,
  },
  noProgramYet: {
    en: 'No program yet: customers earn nothing until one is saved.',
    it: 'Ancora nessun programma: i clienti non guadagnano nulla finché non ne salvi uno.',
  },
  scheduledVersion: {
    en: (version: number, on: string) => `Version ${version} takes effect on ${on}.`,
    it: (version: number, on: string) => `La versione ${version} entra in vigore il ${on}.`,
  },
  saved: {
    en: (version: number) => `Loyalty program saved (version ${version}).`,
    it: (version: number) => `Programma fedeltà salvato (versione ${version}).`,
  },
  // The preview
  previewOfChange: { en: 'Preview of the change', it: 'Anteprima della modifica' },
  preview: { en: 'Preview', it: 'Anteprima' },
  wouldChangeTier: {
    en: (changed: number, up: number, down: number, from: string) =>
      `${changed === 1 ? '1 customer' : `${changed.toLocaleString('en-US')} customers`} would change tier (${up} up, ${down} down) from ${from}.`,
    it: (changed: number, up: number, down: number, from: string) =>
      `${changed === 1 ? '1 cliente cambierebbe' : `${it(changed)} clienti cambierebbero`} livello (${up} in su, ${down} in giù) dal ${from}.`,
  },
  noTier: { en: 'no tier', it: 'nessun livello' },
  earningExample: {
    en: (purchase: string, now: number, after: number) =>
      `A purchase of ${purchase} earns ${pointsEn(now)} now` +
      (now === after ? ', the same after the change.' : ` and ${pointsEn(after)} after the change.`),
    it: (purchase: string, now: number, after: number) =>
      `Un acquisto di ${purchase} fa guadagnare ${pointsIt(now)} ora` +
      (now === after ? ', gli stessi dopo la modifica.' : ` e ${pointsIt(after)} dopo la modifica.`),
  },
  earnedKeepRules: {
    en: 'Points already earned keep the rules they were earned under.',
    it: 'I punti già guadagnati restano con le regole con cui sono stati guadagnati.',
  },
  // The form
  earning: { en: 'Earning', it: 'Come si guadagnano' },
  points: { en: 'Points', it: 'Punti' },
  perAmountSpent: { en: 'per amount spent', it: 'per importo speso' },
  pointsPerVisitDay: { en: 'Points per visit day', it: 'Punti per giorno di visita' },
  minimumSpendThatDay: { en: 'Minimum spend that day', it: 'Spesa minima quel giorno' },
  roundingNote: {
    en: 'Points are rounded down on each purchase: 12.50 earns 12 points at 1 point per 1.00. A refund takes back its points the same way.',
    it: 'I punti si arrotondano per difetto a ogni acquisto: 12,50 fa guadagnare 12 punti a 1 punto per 1,00. Un rimborso toglie i suoi punti allo stesso modo.',
  },
  tiers: { en: 'Tiers', it: 'Livelli' },
  qualifyBy: { en: 'Qualify by', it: 'Si raggiungono con' },
  pointsEarned: { en: 'Points earned', it: 'Punti guadagnati' },
  amountSpent: { en: 'Amount spent', it: 'Importo speso' },
  visits: { en: 'Visits', it: 'Visite' },
  over: { en: 'Over', it: 'Nel periodo' },
  last12Months: { en: 'The last 12 months', it: 'Ultimi 12 mesi' },
  calendarYear: { en: 'The calendar year', it: 'Anno solare' },
  keepTierMonths: { en: 'Keep a tier for (months)', it: 'Mantieni un livello per (mesi)' },
  rewards: { en: 'Rewards', it: 'Premi' },
  expireAfter: {
    en: 'Points expire after (months without a visit)',
    it: 'I punti scadono dopo (mesi senza visite)',
  },
  emptyNever: { en: 'Empty: never', it: 'Vuoto: mai' },
  birthdayBonus: { en: 'Birthday bonus (points)', it: 'Bonus compleanno (punti)' },
  takesEffectOn: { en: 'Takes effect on', it: 'In vigore dal' },
  emptyNow: { en: 'Empty: now', it: 'Vuoto: da subito' },
  saveProgram: { en: 'Save program', it: 'Salva il programma' },
  previewChanges: { en: 'Preview changes', it: 'Mostra anteprima' },
  backToEditing: { en: 'Back to editing', it: 'Torna a modificare' },
  // The lists
  tierName: { en: (n: number) => `Tier ${n} name`, it: (n: number) => `Nome del livello ${n}` },
  tierNeeds: {
    en: (n: number, unit: string) => `Tier ${n} needs (${unit})`,
    it: (n: number, unit: string) => `Il livello ${n} richiede (${unit})`,
  },
  removeTier: { en: (n: number) => `Remove tier ${n}`, it: (n: number) => `Rimuovi il livello ${n}` },
  addTier: { en: 'Add a tier', it: 'Aggiungi un livello' },
  rewardName: { en: (n: number) => `Reward ${n}`, it: (n: number) => `Premio ${n}` },
  rewardCost: {
    en: (n: number) => `Reward ${n} cost (points)`,
    it: (n: number) => `Costo del premio ${n} (punti)`,
  },
  removeReward: { en: (n: number) => `Remove reward ${n}`, it: (n: number) => `Rimuovi il premio ${n}` },
  addReward: { en: 'Add a reward', it: 'Aggiungi un premio' },
});

/** What a tier's threshold is counted in, by the program's measure. */
export const unitMessages = defineMessages({
  points: { en: 'points', it: 'punti' },
  spend: { en: 'amount', it: 'importo' },
  visits: { en: 'visits', it: 'visite' },
} satisfies Record<TierMeasure, unknown>);

/** The fields named in the form's own checks. */
export const fieldNameMessages = defineMessages({
  points: { en: 'Points', it: 'Punti' },
  amount: { en: 'The amount', it: 'Importo' },
  pointsPerVisit: { en: 'Points per visit', it: 'Punti per visita' },
  minimum: { en: 'The minimum', it: 'Minimo' },
  months: { en: 'Months', it: 'Mesi' },
  threshold: { en: 'The threshold', it: 'Soglia' },
  cost: { en: 'The cost', it: 'Costo' },
  bonus: { en: 'The bonus', it: 'Bonus' },
});

export const problemMessages = defineMessages({
  wholeNumber: {
    en: (field: string) => `${field} must be a whole number`,
    it: (field: string) => `${field}: serve un numero intero`,
  },
  amountLike: {
    en: (field: string) => `${field} must be an amount like 1.00`,
    it: (field: string) => `${field}: serve un importo come 1,00`,
  },
  pickADate: { en: 'Pick a date', it: 'Scegli una data' },
  /** The program's own checks, worded from what failed; `shared` is the schema's English fragment. */
  required: { en: (shared: string) => `This ${shared}`, it: (_shared: string) => 'Obbligatorio' },
  atLeast: {
    en: (shared: string, _min: number) => `This ${shared}`,
    it: (_shared: string, min: number) => `Deve essere almeno ${it(min)}`,
  },
  atMost: {
    en: (shared: string, _max: number) => `This ${shared}`,
    it: (_shared: string, max: number) => `Deve essere al massimo ${it(max)}`,
  },
  atMostCharacters: {
    en: (shared: string, _max: number) => `This ${shared}`,
    it: (_shared: string, max: number) => `Al massimo ${max} caratteri`,
  },
  atMostItems: {
    en: (shared: string, _max: number) => `This ${shared}`,
    it: (_shared: string, max: number) => `Al massimo ${max}`,
  },
  moreThanPrevious: {
    en: (shared: string, _previous: string, _threshold: string) => `This ${shared}`,
    it: (_shared: string, previous: string, threshold: string) =>
      `Deve essere più della soglia di ${previous} (${threshold})`,
  },
  usedTwice: { en: (shared: string) => `This ${shared}`, it: (_shared: string) => 'Usato due volte' },
  other: {
    en: (shared: string) => (/^[a-z]/.test(shared) ? `This ${shared}` : shared),
    it: (shared: string) => shared,
  },
});
