import type { DelimiterChoice } from '../../../shared/domain/import-targets.ts';
import { parseCsv } from './csv-read.ts';

export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/** The number that occurs most often (the smaller one on a tie). */
function mode(values: readonly number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = { value: 1, count: 0 };
  for (const [value, count] of counts) {
    if (count > best.count || (count === best.count && value < best.value)) best = { value, count };
  }
  return { value: best.value, share: values.length === 0 ? 0 : best.count / values.length };
}

/**
 * Guesses the delimiter from the start of the file: the candidate that splits the most records
 * into the same number of cells (more than one), quotes respected. A file with one column gets ','.
 */
export function detectDelimiter(text: string): Delimiter {
  // Cut at a line end, so the last sampled record is whole.
  let sample = text.slice(0, SAMPLE_CHARS);
  if (text.length > SAMPLE_CHARS) sample = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 1));
  let best: { delimiter: Delimiter; score: number; cells: number } = { delimiter: ',', score: 0, cells: 1 };
  for (const delimiter of CANDIDATES) {
    const records = parseCsv(sample, delimiter).slice(0, SAMPLE_RECORDS);
    const { value, share } = mode(records.filter((r) => !r.error).map((r) => r.cells.length));
    if (value < 2) continue;
    if (share > best.score || (share === best.score && value > best.cells)) {
      best = { delimiter, score: share, cells: value };
    }
  }
  return best.delimiter;
}

export function resolveDelimiter(choice: DelimiterChoice, text: string): Delimiter {
  if (choice === 'auto') return detectDelimiter(text);
  return choice === 'tab' ? '\t' : choice;
}
