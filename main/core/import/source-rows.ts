import { multi, type RawValues } from './customer-candidate.ts';
import type { CsvRecord } from './csv-read.ts';
import { cellProblem, cellText } from './read-table.ts';
import { IGNORE } from '../../../shared/domain/import-targets.ts';

/** A row's values by destination, or the reason it cannot be read at all. */
export type RowReading =
  { values: RawValues; problem: null } | { values: null; problem: { field: string; message: string } };

/** One row of a file, read into its values when planned. */
export interface SourceRow {
  row: number;
  /** The row as it was in the file, for the rejected-rows CSV. */
  cells: string[];
  /**
   * Its values by destination. Worked out on each call and not kept: a million rows holding a
   * million maps each kept the garbage collector busy for a third of an import's reading. Read
   * each row once per plan.
   */
  read(): RowReading;
}

/** How a file's columns map to destinations: one for all of its rows. */
interface CsvLayout {
  mapping: readonly string[];
  tagSeparator: string;
}

function readCells(cells: readonly string[], { mapping, tagSeparator }: CsvLayout): RowReading {
  for (let column = mapping.length; column < cells.length; column++) {
    if (cells[column]?.trim() !== '') {
      return {
        values: null,
        problem: {
          field: 'file',
          message: `has ${cells.length} cells but the header has ${mapping.length}: check the quotes and the delimiter`,
        },
      };
    }
  }
  const values: RawValues = new Map();
  for (const [column, target] of mapping.entries()) {
    if (target === IGNORE) continue;
    const raw = cells[column] ?? '';
    const problem = cellProblem(raw);
    if (problem) return { values: null, problem: { field: target, message: problem } };
    const text = cellText(raw);
    const parts = target === 'tags' ? text.split(tagSeparator).map((tag) => tag.trim()) : [text];
    const earlier = values.get(target);
    if (earlier) earlier.push(...parts);
    else values.set(target, parts);
  }
  return { values, problem: null };
}

class CsvSourceRow implements SourceRow {
  readonly row: number;
  readonly cells: string[];
  readonly #error: string | undefined;
  readonly #layout: CsvLayout;

  constructor(record: CsvRecord, layout: CsvLayout) {
    this.row = record.row;
    this.cells = record.cells;
    this.#error = record.error;
    this.#layout = layout;
  }

  read(): RowReading {
    if (this.#error) return { values: null, problem: { field: 'file', message: this.#error } };
    return readCells(this.cells, this.#layout);
  }
}

/** Maps CSV records' cells to their destinations; tags are split on the separator. */
export function csvSourceRows(
  records: readonly CsvRecord[],
  mapping: readonly string[],
  tagSeparator: string,
): SourceRow[] {
  const layout: CsvLayout = { mapping, tagSeparator };
  return records.map((record) => new CsvSourceRow(record, layout));
}

/** A row whose reading is already known (vCards are read whole, and their files are small). */
export function readSourceRow(row: number, cells: string[], reading: RowReading): SourceRow {
  return { row, cells, read: () => reading };
}

/**
 * Each row's first phone number as the plan will meet it, for reading them ahead: the same cells,
 * the same cleaning and splitting as readCells and the candidate.
 */
export function firstPhones(records: readonly CsvRecord[], mapping: readonly string[]): string[] {
  const columns = mapping.flatMap((target, column) => (target === 'phone' ? [column] : []));
  if (columns.length === 0) return [];
  const phones: string[] = [];
  for (const { cells } of records) {
    const first = multi(columns.map((column) => cellText(cells[column])))[0];
    if (first !== undefined) phones.push(first);
  }
  return phones;
}
