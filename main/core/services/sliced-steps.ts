// Long work written once as a generator of small steps, run either at once (the command line,
// tests, the benchmark) or in time slices with the event loop free in between (long-running
// hosts), so a search at the counter waits at most one slice.

export type Steps<T> = Generator<void, T>;

/** Runs every step now. */
export function finishNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs steps for `sliceMs` at a time, handing the event loop back in between. Resolves with the
 * result, or with `null` if `stopped()` turns true at a hand-back.
 */
export async function finishInSlices<T>(
  steps: Steps<T>,
  sliceMs: number,
  stopped: () => boolean = () => false,
): Promise<T | null> {
  for (;;) {
    const sliceStart = performance.now();
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() - sliceStart < sliceMs);
    await nextTurn();
    if (stopped()) return null;
  }
}
