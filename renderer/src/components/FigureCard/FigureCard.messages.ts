import type { PeriodFigures } from '../../../../shared/domain/insights.ts';
import { defineMessages } from '../../i18n/define-messages.ts';
import { plural } from '../../i18n/plural.ts';

const en = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const it = (n: number, one: string, many: string) =>
  plural('it', n, { one: `${n} ${one}`, other: `${n} ${many}` });
const answersEn = (n: number) => (n === 0 ? 'no answers yet' : en(n, 'answer'));
const answersIt = (n: number) => (n === 0 ? 'ancora nessuna risposta' : it(n, 'risposta', 'risposte'));

export const messages = defineMessages({
  noAnswers: { en: 'no answers yet', it: 'ancora nessuna risposta' },
  noComparison: { en: 'no comparison', it: 'nessun confronto' },
  sameAsBefore: { en: 'same as before', it: 'come prima' },
  cardLabel: {
    en: (label: string, value: string, change: string) => `${label}: ${value}, ${change}. Show the customers`,
    it: (label: string, value: string, change: string) => `${label}: ${value}, ${change}. Mostra i clienti`,
  },
  points: { en: (size: string) => `${size} pts`, it: (size: string) => `${size} p.p.` },
});

/** The dashboard's figures, keyed like FIGURE_ROWS (shared/domain/insights-format.ts keeps its English for the CLI). */
export const figureLabelMessages = defineMessages({
  active: { en: 'Active customers', it: 'Clienti attivi' },
  new: { en: 'New customers', it: 'Nuovi clienti' },
  returning: { en: 'Returning customers', it: 'Clienti di ritorno' },
  repeatRate: { en: 'Repeat-customer rate', it: 'Tasso di ritorno' },
  lapsed: { en: 'Lapsed customers', it: 'Clienti persi' },
  churnRate: { en: 'Churn rate', it: 'Tasso di abbandono' },
  averageVisits: { en: 'Visits per customer', it: 'Visite per cliente' },
  averageSpend: { en: 'Spend per customer', it: 'Spesa per cliente' },
  revenue: { en: 'Revenue', it: 'Incassi' },
  regularsRevenue: { en: 'Revenue from regulars', it: 'Incassi dai clienti abituali' },
  oneOffRevenue: { en: 'Revenue from one-off customers', it: 'Incassi dai clienti occasionali' },
  nps: { en: 'NPS', it: 'NPS' },
  csat: { en: 'CSAT', it: 'CSAT' },
  ces: { en: 'CES (mean, 1–7)', it: 'CES (media, 1–7)' },
});

/** The line under each figure: what it is made of. */
export const figureDetailMessages = defineMessages({
  active: {
    en: (f: PeriodFigures) => `${en(f.lapsedCustomers, 'lapsed customer')} beside them`,
    it: (f: PeriodFigures) => `oltre a ${it(f.lapsedCustomers, 'cliente perso', 'clienti persi')}`,
  },
  new: {
    en: (_f: PeriodFigures) => 'first visit ever in the period',
    it: (_f: PeriodFigures) => 'prima visita in assoluto nel periodo',
  },
  returning: {
    en: (f: PeriodFigures) => `of ${en(f.visitors, 'customer')} who visited`,
    it: (f: PeriodFigures) => `su ${it(f.visitors, 'cliente venuto', 'clienti venuti')}`,
  },
  repeatRate: {
    en: (f: PeriodFigures) => `${f.repeatCustomers} of ${en(f.visitors, 'customer')} came back`,
    it: (f: PeriodFigures) => `${f.repeatCustomers} su ${it(f.visitors, 'cliente', 'clienti')} sono tornati`,
  },
  lapsed: {
    en: (_f: PeriodFigures) => 'visited before, not lately',
    it: (_f: PeriodFigures) => 'venuti in passato, non di recente',
  },
  churnRate: {
    en: (f: PeriodFigures) => `${f.churnedCustomers} of ${f.activeAtStart} active at the start`,
    it: (f: PeriodFigures) => `${f.churnedCustomers} su ${f.activeAtStart} attivi all'inizio`,
  },
  averageVisits: {
    en: (f: PeriodFigures) => `${en(f.visits, 'visit')} by ${en(f.visitors, 'customer')}`,
    it: (f: PeriodFigures) =>
      `${it(f.visits, 'visita', 'visite')} di ${it(f.visitors, 'cliente', 'clienti')}`,
  },
  averageSpend: {
    en: (f: PeriodFigures) => `over ${en(f.visitors, 'customer')} who visited`,
    it: (f: PeriodFigures) => `su ${it(f.visitors, 'cliente venuto', 'clienti venuti')}`,
  },
  revenue: {
    en: (f: PeriodFigures) => `from ${en(f.visits, 'visit')}`,
    it: (f: PeriodFigures) => `da ${it(f.visits, 'visita', 'visite')}`,
  },
  regularsRevenue: {
    en: (f: PeriodFigures) => `from ${en(f.repeatCustomers, 'repeat customer')}`,
    it: (f: PeriodFigures) => `da ${it(f.repeatCustomers, 'cliente di ritorno', 'clienti di ritorno')}`,
  },
  oneOffRevenue: {
    en: (f: PeriodFigures) => `from ${en(f.oneOffCustomers, 'one-off customer')}`,
    it: (f: PeriodFigures) => `da ${it(f.oneOffCustomers, 'cliente occasionale', 'clienti occasionali')}`,
  },
  nps: {
    en: (f: PeriodFigures) => answersEn(f.nps.answers),
    it: (f: PeriodFigures) => answersIt(f.nps.answers),
  },
  csat: {
    en: (f: PeriodFigures) => answersEn(f.csat.answers),
    it: (f: PeriodFigures) => answersIt(f.csat.answers),
  },
  ces: {
    en: (f: PeriodFigures) =>
      f.ces.easyShare === null
        ? answersEn(0)
        : `${answersEn(f.ces.answers)}, ${Math.round(f.ces.easyShare)}% found it easy`,
    it: (f: PeriodFigures) =>
      f.ces.easyShare === null
        ? answersIt(0)
        : `${answersIt(f.ces.answers)}, il ${Math.round(f.ces.easyShare)}% l'ha trovato facile`,
  },
});
