import type { JobPhase } from '../../../shared/domain/imports.ts';

/**
 * Long work (imports, exports) is written as generators that yield a Step between chunks: run
 * straight through by the CLI, or a chunk at a time by a job, which reports the latest Step as
 * progress and can stop at any yield (a generator's `finally` then rolls its transaction back).
 */
export interface Step {
  phase: JobPhase;
  done: number;
  total: number;
}

export function runToEnd<T>(steps: Generator<Step, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
