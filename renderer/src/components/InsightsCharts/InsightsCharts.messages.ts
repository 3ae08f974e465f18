import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

export const messages = defineMessages({
  // CohortTable
  cohortRetention: { en: 'Cohort retention', it: 'Ritorno per coorte' },
  firstVisit: { en: 'First visit', it: 'Prima visita' },
  customers: { en: 'Customers', it: 'Clienti' },
  monthColumn: {
    en: (since: number) => (since === 0 ? 'Month 0' : `+${since}`),
    it: (since: number) => (since === 0 ? 'Mese 0' : `+${since}`),
  },
  cohortCell: {
    en: (month: string, since: number, customers: number, of: number) =>
      `${month}, ${since} months later: ${customers} of ${of}`,
    it: (month: string, since: number, customers: number, of: number) =>
      `${month}, ${plural('it', since, { one: '1 mese', other: `${since} mesi` })} dopo: ${customers} su ${of}`,
  },
  cohortExplain: {
    en: 'Each row is the customers whose first visit was that month; each column, the share of them who visited again that many months later.',
    it: 'Ogni riga sono i clienti la cui prima visita è stata in quel mese; ogni colonna, la quota di loro che è tornata quel numero di mesi dopo.',
  },
  // LoyaltyTiers
  tierCard: {
    en: (label: string, customers: string) => `${label}: ${customers}. Show the customers`,
    it: (label: string, customers: string) => `${label}: ${customers}. Mostra i clienti`,
  },
  noTier: { en: 'No tier', it: 'Nessun livello' },
  loyaltyTiers: { en: 'Loyalty tiers', it: 'Livelli fedeltà' },
  fromThreshold: {
    en: (threshold: number, measure: string, share: string) => `from ${threshold} ${measure}${share}`,
    it: (threshold: number, measure: string, share: string) => `da ${threshold} ${measure}${share}`,
  },
  belowLowest: {
    en: (share: string) => `below the lowest tier${share}`,
    it: (share: string) => `sotto il livello più basso${share}`,
  },
  tiersNow: { en: 'Loyalty tiers now', it: 'Livelli fedeltà oggi' },
  noProgram: {
    en: 'The shop has no loyalty program, so there are no tiers to count.',
    it: 'Il negozio non ha un programma fedeltà, quindi non ci sono livelli da contare.',
  },
  noTiers: {
    en: 'The loyalty program has no tiers, so there is nothing to count.',
    it: "Il programma fedeltà non ha livelli, quindi non c'è niente da contare.",
  },
  // WeeklyCharts
  visitsPerWeek: { en: 'Visits per week', it: 'Visite per settimana' },
  visits: { en: 'Visits', it: 'Visite' },
  revenuePerWeek: { en: 'Revenue per week', it: 'Incassi per settimana' },
  revenue: { en: 'Revenue', it: 'Incassi' },
  newAndReturning: {
    en: 'New and returning customers per week',
    it: 'Clienti nuovi e di ritorno per settimana',
  },
  new: { en: 'New', it: 'Nuovi' },
  returning: { en: 'Returning', it: 'Di ritorno' },
  npsCsatPerWeek: {
    en: 'NPS and CSAT per week (gaps: no answers that week)',
    it: 'NPS e CSAT per settimana (vuoti: nessuna risposta quella settimana)',
  },
  npsRange: { en: 'NPS (−100…100)', it: 'NPS (−100…100)' },
  csatPercent: { en: 'CSAT %', it: 'CSAT %' },
  // WeeklyTable
  noAnswers: { en: 'no answers', it: 'nessuna risposta' },
  numbersByWeek: { en: 'Numbers by week', it: 'Numeri per settimana' },
  week: { en: 'Week', it: 'Settimana' },
  npsAnswers: { en: 'NPS (answers)', it: 'NPS (risposte)' },
  csatAnswers: { en: 'CSAT % (answers)', it: 'CSAT % (risposte)' },
});

/** What a loyalty tier is measured in, keyed by the program's measure. */
export const measureMessages = defineMessages({
  points: { en: 'points', it: 'punti' },
  spend: { en: 'spend', it: 'di spesa' },
  visits: { en: 'visits', it: 'visite' },
});
