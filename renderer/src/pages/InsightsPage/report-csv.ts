import { toCsv } from '../../../../shared/domain/csv.ts';
import {
  answersOf,
  FIGURE_ROWS,
  formatChange,
  formatFigure,
  NOTHING_YET,
} from '../../../../shared/domain/insights-format.ts';
import type { InsightsFigures, PeriodFigures } from '../../../../shared/domain/insights.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import type { messages } from './InsightsPage.messages.ts';

/**
 * The figures as a spreadsheet: a line per figure with this period, the previous one and the
 * change, worded in the reader's language (numbers stay as the CLI writes them, a dot for decimals).
 */
export function reportCsv(
  figures: InsightsFigures,
  m: MessagesIn<typeof messages>,
  labels: Readonly<Record<string, string>>,
): string {
  const { period: p, previousPeriod: q } = figures;
  const rows = FIGURE_ROWS.map((row) => {
    const current = row.value(figures.current);
    const previous = row.value(figures.previous);
    const cell = (value: number | null, of: PeriodFigures) => {
      const answers = answersOf(row.key, of);
      if (value === null) return answers === null ? NOTHING_YET : m.noAnswersYet;
      return formatFigure(value, row.format, row.key) + (answers ? m.answers(answers) : '');
    };
    return [
      Object.hasOwn(labels, row.key) ? (labels[row.key] ?? row.label) : row.label,
      cell(current, figures.current),
      cell(previous, figures.previous),
      row.format === 'percent'
        ? percentPoints(current, previous, m)
        : formatChange(current, previous, row.format),
    ];
  });
  return toCsv(
    [m.figureColumn, m.periodRange(p.from, p.to), m.periodRange(q.from, q.to), m.changeColumn],
    rows,
  );
}

/** "▲ 2.5 pts": the change of a rate (0 … 1) in percentage points; '' when either side is missing. */
function percentPoints(
  current: number | null,
  previous: number | null,
  m: MessagesIn<typeof messages>,
): string {
  if (current === null || previous === null) return '';
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9) return '=';
  return m.pointsChange(`${delta > 0 ? '▲' : '▼'} ${(Math.abs(delta) * 100).toFixed(1)}`);
}
