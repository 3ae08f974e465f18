import type { RawValues } from './customer-candidate.ts';
import type { CsvRecord } from './csv-read.ts';
import { cellProblem, cellText } from './read-table.ts';
import { IGNORE } from '../../../shared/domain/import-targets.ts';

/** One row of a file with its values by destination, or the reason it cannot be read at all. */
export interface SourceRow {
  row: number;
  /** The row as it was in the file, for the rejected-rows CSV. */
  cells: string[];
  values: RawValues | null;
  problem: { field: string; message: string } | null;
}

/** Maps a CSV record's cells to their destinations; tags are split on the separator here. */
export function csvSourceRow(record: CsvRecord, mapping: readonly string[], tagSeparator: string): SourceRow {
  const row = { row: record.row, cells: record.cells, values: null };
  if (record.error) return { ...row, problem: { field: 'file', message: record.error } };
  const extra = record.cells.slice(mapping.length).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    return {
      ...row,
      problem: {
        field: 'file',
        message: `has ${record.cells.length} cells but the header has ${mapping.length}: check the quotes and the delimiter`,
      },
    };
  }
  const values: RawValues = new Map();
  for (const [column, target] of mapping.entries()) {
    if (target === IGNORE) continue;
    const raw = record.cells[column] ?? '';
    const problem = cellProblem(raw);
    if (problem) return { ...row, problem: { field: target, message: problem } };
    const text = cellText(raw);
    const parts = target === 'tags' ? text.split(tagSeparator).map((tag) => tag.trim()) : [text];
    values.set(target, [...(values.get(target) ?? []), ...parts]);
  }
  return { ...row, values, problem: null };
}
