import type { InsightsFigures, PeriodFigures } from './insights.ts';
import { formatMinorPlain } from './money.ts';

// How figures read, for the CLI, the CSV report and the dashboard alike: one wording everywhere.

export const NO_ANSWERS = 'no answers yet';
export const NOTHING_YET = '–';

export type FigureFormat = 'count' | 'percent' | 'money' | 'decimal' | 'score';

/** The figures the dashboard shows, in its order, with how to read each value. */
export const FIGURE_ROWS: readonly {
  key: string;
  label: string;
  format: FigureFormat;
  value: (f: PeriodFigures) => number | null;
}[] = [
  { key: 'active', label: 'Active customers', format: 'count', value: (f) => f.activeCustomers },
  { key: 'new', label: 'New customers', format: 'count', value: (f) => f.newCustomers },
  { key: 'returning', label: 'Returning customers', format: 'count', value: (f) => f.returningCustomers },
  { key: 'repeatRate', label: 'Repeat-customer rate', format: 'percent', value: (f) => f.repeatRate },
  { key: 'lapsed', label: 'Lapsed customers', format: 'count', value: (f) => f.lapsedCustomers },
  { key: 'churnRate', label: 'Churn rate', format: 'percent', value: (f) => f.churnRate },
  { key: 'averageVisits', label: 'Visits per customer', format: 'decimal', value: (f) => f.averageVisits },
  { key: 'averageSpend', label: 'Spend per customer', format: 'money', value: (f) => f.averageSpendMinor },
  { key: 'revenue', label: 'Revenue', format: 'money', value: (f) => f.revenueMinor },
  {
    key: 'regularsRevenue',
    label: 'Revenue from regulars',
    format: 'money',
    value: (f) => f.regularsRevenueMinor,
  },
  {
    key: 'oneOffRevenue',
    label: 'Revenue from one-off customers',
    format: 'money',
    value: (f) => f.oneOffRevenueMinor,
  },
  { key: 'nps', label: 'NPS', format: 'score', value: (f) => f.nps.score },
  {
    key: 'csat',
    label: 'CSAT',
    format: 'percent',
    value: (f) => (f.csat.score === null ? null : f.csat.score / 100),
  },
  { key: 'ces', label: 'CES (mean, 1–7)', format: 'decimal', value: (f) => f.ces.mean },
];

/** Answers behind a satisfaction figure; null for the others. */
export function answersOf(key: string, figures: PeriodFigures): number | null {
  if (key === 'nps') return figures.nps.answers;
  if (key === 'csat') return figures.csat.answers;
  if (key === 'ces') return figures.ces.answers;
  return null;
}

export function formatFigure(value: number | null, format: FigureFormat, key = ''): string {
  if (value === null) return ['nps', 'csat', 'ces'].includes(key) ? NO_ANSWERS : NOTHING_YET;
  switch (format) {
    case 'count':
      return String(value);
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'money':
      return formatMinorPlain(Math.round(value));
    case 'decimal':
      return value.toFixed(2);
    case 'score':
      return `${value > 0 ? '+' : ''}${Math.round(value)}`;
  }
}

/** "▲ 3", "▼ 2.5 pts", "=": the change from the previous period; '' when either side is missing. */
export function formatChange(current: number | null, previous: number | null, format: FigureFormat): string {
  if (current === null || previous === null) return '';
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9) return '=';
  const arrow = delta > 0 ? '▲' : '▼';
  const size = Math.abs(delta);
  switch (format) {
    case 'count':
      return `${arrow} ${size}`;
    case 'percent':
      return `${arrow} ${(size * 100).toFixed(1)} pts`;
    case 'money':
      return `${arrow} ${formatMinorPlain(Math.round(size))}`;
    case 'decimal':
      return `${arrow} ${size.toFixed(2)}`;
    case 'score':
      return `${arrow} ${Math.round(size)}`;
  }
}

/** One line per figure: label, this period, previous, change (answers noted for satisfaction). */
export function figureTableRows(figures: InsightsFigures): string[][] {
  return FIGURE_ROWS.map((row) => {
    const current = row.value(figures.current);
    const previous = row.value(figures.previous);
    const answers = (f: PeriodFigures) => {
      const n = answersOf(row.key, f);
      return n === null || n === 0 ? '' : ` (${n} answer${n === 1 ? '' : 's'})`;
    };
    return [
      row.label,
      formatFigure(current, row.format, row.key) + answers(figures.current),
      formatFigure(previous, row.format, row.key) + answers(figures.previous),
      formatChange(current, previous, row.format),
    ];
  });
}
