import type { ConsentChannel } from '../../../../shared/domain/customer.ts';
import { RHYTHM_STATUS_TEXT, type RhythmStatus } from '../../../../shared/domain/segment.ts';
import type { NpsGroup } from '../../../../shared/domain/satisfaction.ts';
import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  title: { en: 'Segments', it: 'Segmenti' },
  newSegment: { en: 'New segment', it: 'Nuovo segmento' },
  loadingSegments: { en: 'Loading segments', it: 'Caricamento dei segmenti' },
  noSegmentsYet: {
    en: 'No saved segments yet. A segment is a list that keeps itself up to date, like “regulars who have not come in 60 days”.',
    it: 'Ancora nessun segmento salvato. Un segmento è un elenco che si aggiorna da solo, come “clienti abituali che non vengono da 60 giorni”.',
  },
  savedSegments: { en: 'Saved segments', it: 'Segmenti salvati' },
  nameColumn: { en: 'Name', it: 'Nome' },
  customersWhoColumn: { en: 'Customers who…', it: 'Clienti che…' },
  customersColumn: { en: 'Customers', it: 'Clienti' },
  customersOf: { en: (name: string) => `Customers of ${name}`, it: (name: string) => `Clienti di ${name}` },
  removedField: { en: 'a removed field', it: 'un campo eliminato' },

  // RFM
  rfmSegments: { en: 'RFM segments', it: 'Segmenti RFM' },
  asOf: { en: 'As of', it: 'Alla data' },
  emptyMeansToday: { en: 'Empty: today', it: 'Se vuoto: oggi' },
  rfmIntro: {
    en: 'Every customer with a visit is scored 1–5 on recency (R: how lately), frequency (F: how many visits) and monetary value (M: total spend), by fifths of the customers. Customers with equal values always get the same score, the one where their value starts, so when one value is shared by more than a fifth of customers (a single visit, often) a score can be skipped.',
    it: 'Ogni cliente con almeno una visita riceve un punteggio da 1 a 5 per recenza (R: quanto di recente), frequenza (F: quante visite) e valore monetario (M: spesa totale), per quinti dei clienti. Clienti con valori uguali hanno sempre lo stesso punteggio, quello in cui inizia il loro valore: così, quando un valore è condiviso da più di un quinto dei clienti (spesso una sola visita), un punteggio può essere saltato.',
  },
  scoringCustomers: { en: 'Scoring customers', it: 'Calcolo dei punteggi' },
  customersScored: {
    en: (count: string, asOf: string) => `${count} customers scored as of ${asOf}.`,
    it: (count: string, asOf: string) => `Clienti con punteggio al ${asOf}: ${count}.`,
  },
  segmentColumn: { en: 'Segment', it: 'Segmento' },
  ruleColumn: { en: 'Rule', it: 'Regola' },
  shareColumn: { en: 'Share', it: 'Quota' },
  segmentCustomers: {
    en: (label: string, count: number) => `${label}: ${count} customers`,
    it: (label: string, count: number) =>
      `${label}: ${plural('it', count, { one: '1 cliente', other: `${count} clienti` })}`,
  },
  whatScoresMean: { en: 'What each score stands for', it: 'Che cosa indica ogni punteggio' },
  scoreColumn: { en: 'Score', it: 'Punteggio' },
  recencyRow: { en: 'Recency: days since the last visit', it: "Recenza: giorni dall'ultima visita" },
  frequencyRow: { en: 'Frequency: visits', it: 'Frequenza: visite' },
  monetaryRow: { en: 'Monetary: total spend', it: 'Valore monetario: spesa totale' },
});

const ITALIAN_CHANNELS: Record<ConsentChannel, string> = {
  email: 'per e-mail',
  sms: 'via SMS',
  phone: 'per telefono',
  post: 'per posta',
};

const ITALIAN_NPS_GROUPS: Record<NpsGroup, string> = {
  promoter: 'promotore',
  passive: 'passivo',
  detractor: 'detrattore',
};

const ITALIAN_RHYTHM: Record<RhythmStatus, string> = {
  notYet: 'non sono ancora attesi (secondo il loro ritmo)',
  due: 'sono attesi di nuovo (secondo il loro ritmo)',
  overdue: 'sono in ritardo (secondo il loro ritmo)',
  lapsed: 'hanno superato il loro ritmo: persi',
  singleVisit: 'finora sono venuti in un solo giorno',
};

/**
 * A saved segment's conditions in words, to follow "customers who" / "clienti che": the same
 * wording as describeFilter in shared/domain/segment.ts (which the CLI keeps in English).
 */
export const conditionMessages = defineMessages({
  everyCustomer: { en: 'every customer', it: 'tutti i clienti' },
  joinAll: {
    en: (parts: readonly string[]) => parts.join(' and '),
    it: (parts: readonly string[]) => parts.join(' e '),
  },
  joinAny: {
    en: (parts: readonly string[]) => parts.join(' or '),
    it: (parts: readonly string[]) => parts.join(' o '),
  },
  hasTag: { en: (tag: string) => `has the tag “${tag}”`, it: (tag: string) => `hanno l'etichetta “${tag}”` },
  lacksTag: {
    en: (tag: string) => `does not have the tag “${tag}”`,
    it: (tag: string) => `non hanno l'etichetta “${tag}”`,
  },
  between: {
    en: (min: string, max: string) => `${min} to ${max}`,
    it: (min: string, max: string) => `da ${min} a ${max}`,
  },
  atLeast: { en: (value: string) => `at least ${value}`, it: (value: string) => `almeno ${value}` },
  atMost: { en: (value: string) => `at most ${value}`, it: (value: string) => `al massimo ${value}` },
  visits: {
    en: (range: string, _last: number) => `${range} visits`,
    it: (range: string, last: number) =>
      `hanno fatto ${range} ${plural('it', last, { one: 'visita', other: 'visite' })}`,
  },
  spent: {
    en: (range: string) => `spent ${range} in total`,
    it: (range: string) => `hanno speso in tutto ${range}`,
  },
  visitedWithin: {
    en: (days: number) =>
      `visited in the last ${plural('en', days, { one: '1 day', other: `${days} days` })}`,
    it: (days: number) =>
      plural('it', days, {
        one: "sono venuti nell'ultimo giorno",
        other: `sono venuti negli ultimi ${days} giorni`,
      }),
  },
  visitedNotWithin: {
    en: (days: number) =>
      `has visited, but not in the last ${plural('en', days, { one: '1 day', other: `${days} days` })}`,
    it: (days: number) =>
      plural('it', days, {
        one: "sono già venuti, ma non nell'ultimo giorno",
        other: `sono già venuti, ma non negli ultimi ${days} giorni`,
      }),
  },
  firstVisitWithin: {
    en: (days: number) =>
      `first visit in the last ${plural('en', days, { one: '1 day', other: `${days} days` })}`,
    it: (days: number) =>
      plural('it', days, {
        one: "hanno fatto la prima visita nell'ultimo giorno",
        other: `hanno fatto la prima visita negli ultimi ${days} giorni`,
      }),
  },
  firstVisitBefore: {
    en: (days: number) =>
      `first visit more than ${plural('en', days, { one: '1 day', other: `${days} days` })} ago`,
    it: (days: number) =>
      `hanno fatto la prima visita più di ${plural('it', days, { one: '1 giorno', other: `${days} giorni` })} fa`,
  },
  consent: {
    en: (channel: ConsentChannel, granted: boolean) =>
      `${granted ? 'agreed to' : 'has not agreed to'} contact by ${channel}`,
    it: (channel: ConsentChannel, granted: boolean) =>
      `${granted ? 'hanno' : 'non hanno'} acconsentito ai contatti ${ITALIAN_CHANNELS[channel]}`,
  },
  fieldIs: {
    en: (field: string, value: string) => `${field} is ${value}`,
    it: (field: string, value: string) => `${field} è ${value}`,
  },
  fieldIsNot: {
    en: (field: string, value: string) => `${field} is not ${value}`,
    it: (field: string, value: string) => `${field} non è ${value}`,
  },
  fieldAtLeast: {
    en: (field: string, value: string) => `${field} is at least ${value}`,
    it: (field: string, value: string) => `${field} è almeno ${value}`,
  },
  fieldAtMost: {
    en: (field: string, value: string) => `${field} is at most ${value}`,
    it: (field: string, value: string) => `${field} è al massimo ${value}`,
  },
  fieldEmpty: { en: (field: string) => `${field} is empty`, it: (field: string) => `${field} è vuoto` },
  fieldFilled: {
    en: (field: string) => `${field} is filled in`,
    it: (field: string) => `${field} è compilato`,
  },
  yes: { en: 'yes', it: 'sì' },
  no: { en: 'no', it: 'no' },
  neverAnsweredNps: { en: 'never answered NPS', it: "non hanno mai risposto all'NPS" },
  latestNps: {
    en: (group: NpsGroup) => `latest NPS answer: ${group}`,
    it: (group: NpsGroup) => `ultima risposta NPS: ${ITALIAN_NPS_GROUPS[group]}`,
  },
  hasTier: { en: 'has a loyalty tier', it: 'hanno un livello fedeltà' },
  hasNoTier: { en: 'has no loyalty tier', it: 'non hanno un livello fedeltà' },
  tierAtLeast: {
    en: (tier: string) => `loyalty tier “${tier}” or higher`,
    it: (tier: string) => `hanno il livello fedeltà “${tier}” o superiore`,
  },
  tierIs: {
    en: (tier: string) => `loyalty tier is “${tier}”`,
    it: (tier: string) => `hanno il livello fedeltà “${tier}”`,
  },
  tierIsNot: {
    en: (tier: string) => `loyalty tier is not “${tier}”`,
    it: (tier: string) => `non hanno il livello fedeltà “${tier}”`,
  },
  rhythm: {
    en: (status: RhythmStatus) => RHYTHM_STATUS_TEXT[status],
    it: (status: RhythmStatus) => ITALIAN_RHYTHM[status],
  },
  pAlive: {
    en: (op: 'below' | 'above', percent: number) => `chance of coming back (P(alive)) ${op} ${percent}%`,
    it: (op: 'below' | 'above', percent: number) =>
      `hanno una probabilità di tornare (P(alive)) ${op === 'below' ? 'sotto' : 'sopra'} il ${percent}%`,
  },
});

// The built-in RFM segments in the reader's language, keyed like RFM_RULES (which the core and
// the CLI keep in English). A meaning reads after "customers who" / "clienti che".

export const rfmLabels = defineMessages({
  champions: { en: 'Champions', it: 'Campioni' },
  loyal: { en: 'Loyal', it: 'Fedeli' },
  potentialLoyalists: { en: 'Potential loyalists', it: 'Potenziali fedeli' },
  new: { en: 'New', it: 'Nuovi' },
  atRisk: { en: 'At risk', it: 'A rischio' },
  cantLose: { en: "Can't lose them", it: 'Da non perdere' },
  hibernating: { en: 'Hibernating', it: 'Dormienti' },
  lost: { en: 'Lost', it: 'Persi' },
});

export const rfmRules = defineMessages({
  champions: { en: 'R ≥ 4, F ≥ 4 and M ≥ 4', it: 'R ≥ 4, F ≥ 4 e M ≥ 4' },
  loyal: { en: 'R ≥ 3 and F ≥ 4, not Champions', it: 'R ≥ 3 e F ≥ 4, non Campioni' },
  potentialLoyalists: { en: 'R ≥ 3 and F 2–3', it: 'R ≥ 3 e F 2–3' },
  new: { en: 'R ≥ 3 and F = 1', it: 'R ≥ 3 e F = 1' },
  atRisk: { en: "R ≤ 2 and F ≥ 3, not Can't lose them", it: 'R ≤ 2 e F ≥ 3, non Da non perdere' },
  cantLose: { en: 'R ≤ 2, F ≥ 4 and M ≥ 4', it: 'R ≤ 2, F ≥ 4 e M ≥ 4' },
  hibernating: { en: 'R = 2 and F ≤ 2', it: 'R = 2 e F ≤ 2' },
  lost: { en: 'R = 1 and F ≤ 2', it: 'R = 1 e F ≤ 2' },
});

export const rfmMeanings = defineMessages({
  champions: {
    en: 'came lately, come often, spend the most',
    it: 'sono venuti di recente, vengono spesso e spendono di più',
  },
  loyal: { en: 'come often and still come', it: 'vengono spesso e continuano a venire' },
  potentialLoyalists: {
    en: 'came lately, a few times: could become regulars',
    it: 'sono venuti di recente, qualche volta: potrebbero diventare clienti abituali',
  },
  new: { en: 'made a first visit lately', it: 'hanno fatto di recente la prima visita' },
  atRisk: { en: 'came regularly, not lately', it: 'venivano regolarmente, ma non di recente' },
  cantLose: {
    en: 'were among the best customers, not seen for a while',
    it: "erano tra i clienti migliori, ma non si vedono da un po'",
  },
  hibernating: { en: 'came a few times, long ago', it: 'sono venuti poche volte, tanto tempo fa' },
  lost: {
    en: 'came once or twice, the longest ago',
    it: 'sono venuti una o due volte, e da più tempo di tutti',
  },
});
