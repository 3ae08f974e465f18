import type { Figure, PeriodFigures } from '../../../../shared/domain/insights.ts';
import { FIGURE_ROWS, type FigureFormat } from '../../../../shared/domain/insights-format.ts';

/** Whether a rise is good news (green), bad news (red) or neither. */
export type Better = 'up' | 'down' | 'neither';

export interface FigureCardSpec {
  key: string;
  label: string;
  format: FigureFormat;
  value: (figures: PeriodFigures) => number | null;
  /** The customers behind the number. */
  figure: Figure;
  better: Better;
  /** A line under the number: what it is made of. */
  detail: (figures: PeriodFigures) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const answers = (n: number) => (n === 0 ? 'no answers yet' : plural(n, 'answer'));

const SPECS: Record<string, Omit<FigureCardSpec, 'key' | 'label' | 'format' | 'value'>> = {
  active: {
    figure: 'active',
    better: 'up',
    detail: (f) => `${plural(f.lapsedCustomers, 'lapsed customer')} beside them`,
  },
  new: { figure: 'new', better: 'up', detail: () => 'first visit ever in the period' },
  returning: {
    figure: 'returning',
    better: 'up',
    detail: (f) => `of ${plural(f.visitors, 'customer')} who visited`,
  },
  repeatRate: {
    figure: 'repeat',
    better: 'up',
    detail: (f) => `${f.repeatCustomers} of ${plural(f.visitors, 'customer')} came back`,
  },
  lapsed: { figure: 'lapsed', better: 'down', detail: () => 'visited before, not lately' },
  churnRate: {
    figure: 'churned',
    better: 'down',
    detail: (f) => `${f.churnedCustomers} of ${f.activeAtStart} active at the start`,
  },
  averageVisits: {
    figure: 'visitors',
    better: 'up',
    detail: (f) => `${plural(f.visits, 'visit')} by ${plural(f.visitors, 'customer')}`,
  },
  averageSpend: {
    figure: 'visitors',
    better: 'up',
    detail: (f) => `over ${plural(f.visitors, 'customer')} who visited`,
  },
  revenue: { figure: 'visitors', better: 'up', detail: (f) => `from ${plural(f.visits, 'visit')}` },
  regularsRevenue: {
    figure: 'repeat',
    better: 'up',
    detail: (f) => `from ${plural(f.repeatCustomers, 'repeat customer')}`,
  },
  oneOffRevenue: {
    figure: 'oneOff',
    better: 'neither',
    detail: (f) => `from ${plural(f.oneOffCustomers, 'one-off customer')}`,
  },
  nps: { figure: 'npsAnswers', better: 'up', detail: (f) => answers(f.nps.answers) },
  csat: { figure: 'csatAnswers', better: 'up', detail: (f) => answers(f.csat.answers) },
  ces: {
    figure: 'cesAnswers',
    better: 'up',
    detail: (f) =>
      f.ces.easyShare === null
        ? answers(0)
        : `${answers(f.ces.answers)}, ${Math.round(f.ces.easyShare)}% found it easy`,
  },
};

/** The dashboard's cards, in the order of the figures table. */
export const FIGURE_CARDS: FigureCardSpec[] = FIGURE_ROWS.map((row) => {
  const spec = SPECS[row.key];
  if (!spec) throw new Error(`No card for figure ${row.key}`);
  return { ...row, ...spec };
});
