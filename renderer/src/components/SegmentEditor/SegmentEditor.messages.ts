import { defineMessages } from '../../i18n/define-messages.ts';

/** The kinds of condition, keyed like SEGMENT_CONDITION_KINDS in shared/domain/segment.ts. */
export const conditionKindMessages = defineMessages({
  tag: { en: 'Tag', it: 'Etichetta' },
  visits: { en: 'Number of visits', it: 'Numero di visite' },
  spend: { en: 'Total spend', it: 'Spesa totale' },
  lastVisit: { en: 'Last visit', it: 'Ultima visita' },
  firstVisit: { en: 'First visit', it: 'Prima visita' },
  consent: { en: 'Consent', it: 'Consenso' },
  customField: { en: 'Custom field', it: 'Campo personalizzato' },
  npsGroup: { en: 'NPS group', it: 'Gruppo NPS' },
  tier: { en: 'Loyalty tier', it: 'Livello fedeltà' },
  rhythm: { en: 'Visit rhythm', it: 'Ritmo delle visite' },
  pAlive: { en: 'Chance of coming back (P(alive))', it: 'Probabilità che torni (P(alive))' },
});

/** The rhythm statuses, keyed like RHYTHM_STATUS_TEXT in shared/domain/segment.ts (the CLI's). */
export const rhythmStatusMessages = defineMessages({
  notYet: { en: 'not yet due back (by their own rhythm)', it: 'non ancora attesi (secondo il loro ritmo)' },
  due: { en: 'due back (by their own rhythm)', it: 'attesi di ritorno (secondo il loro ritmo)' },
  overdue: { en: 'overdue (by their own rhythm)', it: 'in ritardo (secondo il loro ritmo)' },
  lapsed: { en: 'past their rhythm, lapsed', it: 'oltre il loro ritmo, persi' },
  singleVisit: { en: 'visited on a single day so far', it: 'venuti finora in un solo giorno' },
});

/**
 * What is wrong with a condition. English says it as a fragment after the input's name ("Days
 * must be…"); Italian as a whole sentence under the input.
 */
export const problemMessages = defineMessages({
  notAWholeNumber: { en: 'is not a whole number', it: 'Non è un numero intero' },
  notAnAmount: { en: 'is not an amount like 12.50', it: 'Non è un importo come 12,50' },
  leastOrMost: { en: 'or the most is needed', it: 'Indica il minimo o il massimo' },
  belowTheLeast: { en: 'is below the least', it: 'È sotto il minimo' },
  daysOutOfRange: {
    en: 'must be a whole number of days from 1 to 3650',
    it: 'Serve un numero intero di giorni da 1 a 3650',
  },
  notATag: { en: 'is not a tag', it: "Non è un'etichetta" },
  tagEmpty: { en: 'must not be empty', it: "Scrivi un'etichetta" },
  tagTooLong: { en: 'must be at most 40 characters', it: 'Al massimo 40 caratteri' },
  tagComma: { en: 'must not contain a comma', it: 'Non può contenere virgole' },
  pickAChannel: { en: 'pick a channel', it: 'Scegli un canale' },
  pickAField: { en: 'pick a field', it: 'Scegli un campo' },
  needsNumber: { en: 'needs a number', it: 'Serve un numero' },
  needsDate: { en: 'needs a date', it: 'Serve una data' },
  needsYesOrNo: { en: 'needs yes or no', it: 'Serve sì o no' },
  needsChoice: { en: 'needs one of the choices', it: 'Serve una delle scelte' },
  needsText: { en: 'needs some text', it: 'Serve del testo' },
  pickAGroup: { en: 'pick a group', it: 'Scegli un gruppo' },
  pickATier: { en: 'pick a tier', it: 'Scegli un livello' },
  pickATierAtLeast: { en: 'pick a tier to be at least', it: 'Scegli il livello minimo' },
  pickAStatus: { en: 'pick a status', it: 'Scegli uno stato' },
  percentOutOfRange: {
    en: 'must be a whole percentage from 1 to 99',
    it: 'Serve una percentuale intera da 1 a 99',
  },
  /** A problem next to its input: English fragments follow the input's name. */
  nextToInput: {
    en: (input: string, problem: string) => (/^[a-z]/.test(problem) ? `${input} ${problem}` : problem),
    it: (input: string, problem: string) => (/^[a-z]/.test(problem) ? `${input}: ${problem}` : problem),
  },
});

export const messages = defineMessages({
  inTheLast: { en: 'in the last', it: 'negli ultimi' },
  notInTheLast: { en: 'not in the last (but has visited)', it: 'non negli ultimi (ma è già venuto)' },
  customersWho: { en: 'Customers who', it: 'Clienti che' },
  haveTheTag: { en: 'have the tag', it: "hanno l'etichetta" },
  lackTheTag: { en: 'do not have the tag', it: "non hanno l'etichetta" },
  tag: { en: 'Tag', it: 'Etichetta' },
  atLeastVisits: { en: 'At least (visits)', it: 'Almeno (visite)' },
  atMostVisits: { en: 'At most (visits)', it: 'Al massimo (visite)' },
  atLeastSpend: { en: 'At least (total spend)', it: 'Almeno (spesa totale)' },
  atMostSpend: { en: 'At most (total spend)', it: 'Al massimo (spesa totale)' },
  lastVisit: { en: 'Last visit', it: 'Ultima visita' },
  firstVisit: { en: 'First visit', it: 'Prima visita' },
  days: { en: 'Days', it: 'Giorni' },
  agreedToContactBy: { en: 'agreed to contact by', it: 'hanno acconsentito al contatto via' },
  notAgreedToContactBy: { en: 'have not agreed to contact by', it: 'non hanno acconsentito al contatto via' },
  channel: { en: 'Channel', it: 'Canale' },
  field: { en: 'Field', it: 'Campo' },
  pickAField: { en: 'Pick a field', it: 'Scegli un campo' },
  is: { en: 'Is', it: 'È' },
  equalTo: { en: 'equal to', it: 'uguale a' },
  notEqualTo: { en: 'not equal to', it: 'diverso da' },
  atLeast: { en: 'at least', it: 'almeno' },
  atMost: { en: 'at most', it: 'al massimo' },
  empty: { en: 'empty', it: 'vuoto' },
  filledIn: { en: 'filled in', it: 'compilato' },
  value: { en: 'Value', it: 'Valore' },
  pickOne: { en: 'Pick one', it: 'Scegli' },
  yes: { en: 'Yes', it: 'Sì' },
  no: { en: 'No', it: 'No' },
  latestNps: { en: 'Latest NPS answer', it: 'Ultima risposta NPS' },
  promoter: { en: 'promoter (9–10)', it: 'promotore (9–10)' },
  passive: { en: 'passive (7–8)', it: 'passivo (7–8)' },
  detractor: { en: 'detractor (0–6)', it: 'detrattore (0–6)' },
  neverAnswered: { en: 'never answered', it: 'mai risposto' },
  loyaltyTier: { en: 'Loyalty tier', it: 'Livello fedeltà' },
  tierIs: { en: 'is', it: 'è' },
  tierIsNot: { en: 'is not', it: 'non è' },
  tierIsAtLeast: { en: 'is at least', it: 'è almeno' },
  tier: { en: 'Tier', it: 'Livello' },
  noLoyaltyTiers: { en: 'No loyalty tiers', it: 'Nessun livello fedeltà' },
  pickATier: { en: 'Pick a tier', it: 'Scegli un livello' },
  noTier: { en: 'no tier', it: 'nessun livello' },
  customersWhoAre: { en: 'Customers who are', it: 'Clienti che sono' },
  chanceOfComingBack: { en: 'Chance of coming back', it: 'Probabilità che torni' },
  below: { en: 'below', it: 'sotto' },
  above: { en: 'above', it: 'sopra' },
  percent: { en: 'Percent', it: 'Percentuale' },
  condition: {
    en: (n: number, kind: string) => `Condition ${n}: ${kind}`,
    it: (n: number, kind: string) => `Condizione ${n}: ${kind}`,
  },
  removeCondition: {
    en: (n: number) => `Remove condition ${n}`,
    it: (n: number) => `Rimuovi la condizione ${n}`,
  },
  remove: { en: 'Remove', it: 'Rimuovi' },
});
