import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  customers: { en: 'Customers', it: 'Clienti' },
  incompleteAddress: {
    en: 'This list’s address is not complete; open it again from Insights or Segments.',
    it: "L'indirizzo di questo elenco è incompleto: riaprilo da Andamento o da Segmenti.",
  },
  customersWho: {
    en: (rule: string) => `Customers who ${rule}.`,
    it: (rule: string) => `Clienti che ${rule}.`,
  },

  // A figure's customers over a period
  figureTitle: {
    en: (label: string, when: string) => `${label}, ${when}`,
    it: (label: string, when: string) => `${label}, ${when}`,
  },
  periodRange: {
    en: (from: string, to: string) => `${from} to ${to}`,
    it: (from: string, to: string) => `dal ${from} al ${to}`,
  },

  // A cohort's customers
  firstVisitIn: {
    en: (month: string) => `First visit in ${month}`,
    it: (month: string) => `Prima visita: ${month}`,
  },
  madeFirstVisitIn: {
    en: (month: string) => `made their first visit in ${month}`,
    it: (month: string) => `hanno fatto la prima visita nel mese di ${month}`,
  },
  firstVisitInBackLater: {
    en: (month: string, months: number) =>
      `First visit in ${month}, back ${months} ${plural('en', months, { one: 'month', other: 'months' })} later`,
    it: (month: string, months: number) =>
      `Prima visita: ${month}, tornati ${plural('it', months, { one: 'dopo 1 mese', other: `dopo ${months} mesi` })}`,
  },
  madeFirstVisitInBackLater: {
    en: (month: string, months: number) =>
      `made their first visit in ${month} and came back ${months} ${plural('en', months, { one: 'month', other: 'months' })} later`,
    it: (month: string, months: number) =>
      `hanno fatto la prima visita nel mese di ${month} e sono tornati ${plural('it', months, { one: '1 mese', other: `${months} mesi` })} dopo`,
  },

  // An RFM segment's customers
  rfmTitle: { en: (label: string) => `${label} (RFM)`, it: (label: string) => `${label} (RFM)` },
  rfmTitleAsOf: {
    en: (label: string, asOf: string) => `${label} (RFM, as of ${asOf})`,
    it: (label: string, asOf: string) => `${label} (RFM, al ${asOf})`,
  },
  rfmRule: {
    en: (meaning: string, rule: string) => `${meaning} (${rule})`,
    it: (meaning: string, rule: string) => `${meaning} (${rule})`,
  },

  // A segment's customers
  segment: { en: 'Segment', it: 'Segmento' },
  matchSavedSegment: { en: 'match this saved segment', it: 'rientrano in questo segmento salvato' },
  matchFilterBeingEdited: {
    en: 'match the filter being edited',
    it: 'rientrano nel filtro che stai modificando',
  },

  // A loyalty tier's customers
  noTier: { en: 'No loyalty tier', it: 'Nessun livello fedeltà' },
  inNoTier: {
    en: 'are in no tier of the loyalty program now',
    it: 'ora non hanno nessun livello del programma fedeltà',
  },
  tierTitle: {
    en: (tier: string) => `Loyalty tier: ${tier}`,
    it: (tier: string) => `Livello fedeltà: ${tier}`,
  },
  inTier: {
    en: (tier: string) => `are in the tier “${tier}” of the loyalty program now`,
    it: (tier: string) => `ora sono nel livello “${tier}” del programma fedeltà`,
  },
});

/** The set behind each figure: its heading, keyed like FIGURE_DEFINITIONS (English for the CLI). */
export const figureLabels = defineMessages({
  active: { en: 'Active customers', it: 'Clienti attivi' },
  new: { en: 'New customers', it: 'Nuovi clienti' },
  returning: { en: 'Returning customers', it: 'Clienti di ritorno' },
  visitors: { en: 'Customers who visited', it: 'Clienti venuti' },
  repeat: { en: 'Repeat customers', it: 'Clienti ricorrenti' },
  oneOff: { en: 'One-off customers', it: 'Clienti occasionali' },
  lapsed: { en: 'Lapsed customers', it: 'Clienti persi' },
  churned: { en: 'Churned customers', it: 'Clienti che hanno abbandonato' },
  npsAnswers: { en: 'NPS answers', it: 'Risposte NPS' },
  csatAnswers: { en: 'CSAT answers', it: 'Risposte CSAT' },
  cesAnswers: { en: 'CES answers', it: 'Risposte CES' },
});

/** Who is in each figure's set, to follow "customers who"; `n` is the active window in days. */
export const figureRules = defineMessages({
  active: {
    en: (n: number) => `visited in the ${n} days up to the period's last day`,
    it: (n: number) => `sono venuti nei ${n} giorni fino all'ultimo giorno del periodo`,
  },
  new: {
    en: (_n: number) => 'made their first visit ever during the period',
    it: (_n: number) => 'hanno fatto la loro prima visita in assoluto durante il periodo',
  },
  returning: {
    en: (_n: number) => 'visited during the period and had visited before it',
    it: (_n: number) => 'sono venuti durante il periodo ed erano già venuti prima',
  },
  visitors: {
    en: (_n: number) => 'visited at least once during the period',
    it: (_n: number) => 'sono venuti almeno una volta durante il periodo',
  },
  repeat: {
    en: (_n: number) => 'visited during the period and have visits on two or more days up to its end',
    it: (_n: number) =>
      'sono venuti durante il periodo e fino alla sua fine hanno visite in due o più giorni',
  },
  oneOff: {
    en: (_n: number) => 'visited during the period and have a single visit day up to its end',
    it: (_n: number) => 'sono venuti durante il periodo e fino alla sua fine hanno visite in un solo giorno',
  },
  lapsed: {
    en: (n: number) => `have visited, but not in the ${n} days up to the period's last day`,
    it: (n: number) => `sono già venuti, ma non nei ${n} giorni fino all'ultimo giorno del periodo`,
  },
  churned: {
    en: (n: number) =>
      `were active when the period began (a visit in the ${n} days before) and not at its end`,
    it: (n: number) =>
      `erano attivi all'inizio del periodo (una visita nei ${n} giorni prima) e non lo sono più alla fine`,
  },
  npsAnswers: {
    en: (_n: number) => 'answered the NPS question during the period',
    it: (_n: number) => 'hanno risposto alla domanda NPS durante il periodo',
  },
  csatAnswers: {
    en: (_n: number) => 'answered the CSAT question during the period',
    it: (_n: number) => 'hanno risposto alla domanda CSAT durante il periodo',
  },
  cesAnswers: {
    en: (_n: number) => 'answered the CES question during the period',
    it: (_n: number) => 'hanno risposto alla domanda CES durante il periodo',
  },
});
