/** Summary of one operation's timings, in milliseconds. */
export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

/**
 * The p-th percentile (0–100) of ascending samples, interpolated linearly between the two
 * nearest ranks, so small sample counts still give a p99 between real observations.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile() of no samples');
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? 0;
  return lowValue + ((sorted[high] ?? lowValue) - lowValue) * (rank - low);
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: total / sorted.length,
    n: sorted.length,
  };
}

/** Wall time of one call in ms; hrtime.bigint is monotonic and has nanosecond resolution. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface PairOptions<T> {
  /** Inputs run untimed first, so statement preparation and cold pages are not measured. */
  warmup: readonly T[];
  inputs: readonly T[];
  project: (input: T) => void;
  baseline: (input: T) => void;
}

export interface PairResult {
  project: Stats;
  baseline: Stats;
  /** Raw timings in input order, for breakdowns by input kind. */
  samples: { project: number[]; baseline: number[] };
}

/**
 * Times the project and its baseline on the same inputs, interleaved and alternating which goes
 * first, so a burst of load from another process (this machine is shared) hits both alike.
 */
export function measurePair<T>(options: PairOptions<T>): PairResult {
  for (const input of options.warmup) {
    options.project(input);
    options.baseline(input);
  }
  const project: number[] = [];
  const baseline: number[] = [];
  options.inputs.forEach((input, index) => {
    if (index % 2 === 0) {
      project.push(timeMs(() => options.project(input)));
      baseline.push(timeMs(() => options.baseline(input)));
    } else {
      baseline.push(timeMs(() => options.baseline(input)));
      project.push(timeMs(() => options.project(input)));
    }
  });
  return { project: summarize(project), baseline: summarize(baseline), samples: { project, baseline } };
}

/** Stats for an operation timed once as a whole (a bulk load), so the table stays uniform. */
export function single(ms: number): Stats {
  return { p50: ms, p95: ms, p99: ms, mean: ms, n: 1 };
}
