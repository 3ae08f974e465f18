import type { Stats } from './measure.ts';

export interface OperationResult {
  operation: string;
  project: Stats;
  baseline: Stats;
  /** project p95 / baseline p95 (for a bulk load, total over total). */
  ratio: number;
  /** The full-scale p95 target, or null where the brief sets none. */
  targetMs: number | null;
  withinTarget: boolean | null;
  withinTwiceBaseline: boolean;
  /** Rows per second, for bulk loads. */
  throughput?: { rows: number; project: number; baseline: number };
  /** What else was seen: empty results, result mismatches with the baseline, per-shape timings. */
  notes: string[];
}

export interface BenchReport {
  scale: number;
  /** Targets are set for scale 1; at other scales they are shown but only indicative. */
  fullScale: boolean;
  seed: number;
  customers: number;
  interactions: number;
  node: string;
  sqlite: string;
  results: OperationResult[];
}

export function result(
  operation: string,
  pair: { project: Stats; baseline: Stats },
  targetMs: number | null,
  notes: string[] = [],
): OperationResult {
  const ratio = pair.project.p95 / pair.baseline.p95;
  return {
    operation,
    project: pair.project,
    baseline: pair.baseline,
    ratio,
    targetMs,
    withinTarget: targetMs === null ? null : pair.project.p95 <= targetMs,
    withinTwiceBaseline: ratio <= 2,
    notes,
  };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(2)}`);
const verdict = (ok: boolean | null) => (ok === null ? '–' : ok ? 'pass' : 'FAIL');

function row(r: OperationResult, fullScale: boolean): string[] {
  const target =
    r.targetMs === null ? '–' : `p95 ≤ ${r.targetMs} ms${fullScale ? '' : ' (full-scale target)'}`;
  return [
    r.operation,
    `${ms(r.project.p50)} / ${ms(r.project.p95)}`,
    `${ms(r.baseline.p50)} / ${ms(r.baseline.p95)}`,
    `${r.ratio.toFixed(2)}×`,
    target,
    verdict(r.withinTarget),
    verdict(r.withinTwiceBaseline),
  ];
}

/** A plain-text table for a terminal, followed by the notes of each operation. */
export function formatTable(report: BenchReport): string {
  const header = [
    'operation',
    'project p50/p95 ms',
    'baseline p50/p95 ms',
    'ratio',
    'target',
    'target?',
    '≤2× baseline?',
  ];
  const rows = [header, ...report.results.map((r) => row(r, report.fullScale))];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  const lines = [
    `Regulars benchmark: scale ${report.scale} (${report.customers} customers, ${report.interactions} interactions), ` +
      `seed ${report.seed}, Node ${report.node}, SQLite ${report.sqlite}`,
    '',
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ];
  for (const r of report.results) {
    if (r.throughput) {
      const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en-US')} rows/s`;
      lines.push(
        '',
        `${r.operation}: ${r.throughput.rows} rows; project ${rate(r.throughput.project)}, ` +
          `baseline ${rate(r.throughput.baseline)}`,
      );
    }
    if (r.notes.length > 0) lines.push('', `${r.operation}:`, ...r.notes.map((note) => `  ${note}`));
  }
  if (!report.fullScale)
    lines.push('', 'Targets are for scale 1; at this scale their verdicts are only indicative.');
  return lines.join('\n');
}
