import { prepared } from './statements.ts';
import type { Db } from './open.ts';

/** Rows per statement: past a few dozen the saving levels off; SQLite allows 32766 parameters. */
export const ROWS_PER_STATEMENT = 64;

export interface BatchedInsert {
  /** Queues one row's values (as many as the row's placeholders); a full batch is written at once. */
  add(...values: unknown[]): void;
  /** Writes what is still queued: call it before anything reads the table. */
  flush(): void;
}

/**
 * Inserts many rows of the same shape with several rows per statement. SQLite's work per statement
 * (the VM's setup, a cursor on the table and on each of its indexes) and the call into it are paid
 * once per batch, not once per row: a third of a million-row import. Each row is checked by the
 * same constraints and triggers as one inserted alone; a failing row fails its whole statement,
 * which in a bulk import's transaction fails the import, as a single insert would.
 *
 * `into` is the start of the statement up to VALUES (`INSERT INTO t (a, b)`); `row` is one row's
 * placeholders (`(?, ?)`); `width` is how many values a row takes.
 */
export function batchedInsert(db: Db, into: string, row: string, width: number): BatchedInsert {
  const full = prepared(db, `${into} VALUES ${Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
  const queued: unknown[] = [];
  const flush = () => {
    if (queued.length === 0) return;
    const rows = queued.length / width;
    // The last, shorter batch is prepared once and not kept: its length differs import to import.
    if (rows === ROWS_PER_STATEMENT) full.run(queued);
    else db.prepare(`${into} VALUES ${Array<string>(rows).fill(row).join(', ')}`).run(queued);
    queued.length = 0;
  };
  return {
    add(...values) {
      if (values.length !== width) throw new Error(`a row takes ${width} values, not ${values.length}`);
      queued.push(...values);
      if (queued.length === width * ROWS_PER_STATEMENT) flush();
    },
    flush,
  };
}
