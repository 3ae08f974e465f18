// A plain Nelder–Mead minimiser (Lagarias et al. 1998 coefficients), deterministic: the same
// function and start give the same steps. Written as a generator that yields after every
// iteration, so a caller can spread a long fit over many short slices of the event loop.

export interface NelderMeadOptions {
  /** Size of the first simplex's steps from the start, per coordinate. */
  step: number;
  /** Stop when the simplex's values differ by less than this, relative to the best. */
  tolerance: number;
  maxEvaluations: number;
}

export interface Minimum {
  point: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/** f may return NaN or Infinity outside its domain: such points count as infinitely bad. */
export function* nelderMead(
  f: (point: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): Generator<void, Minimum> {
  const n = start.length;
  let evaluations = 0;
  const value = (point: number[]) => {
    evaluations++;
    const v = f(point);
    return Number.isNaN(v) ? Infinity : v;
  };
  const simplex: { point: number[]; value: number }[] = [{ point: [...start], value: value([...start]) }];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i] = (point[i] ?? 0) + options.step;
    simplex.push({ point, value: value(point) });
  }
  const along = (from: number[], to: number[], t: number) => from.map((v, i) => v + t * ((to[i] ?? 0) - v));

  while (evaluations < options.maxEvaluations) {
    simplex.sort((p, q) => p.value - q.value);
    const best = simplex[0];
    const worst = simplex[n];
    const second = simplex[n - 1];
    if (!best || !worst || !second) throw new Error('Nelder–Mead needs at least one dimension');
    const spread = Math.abs(worst.value - best.value);
    if (spread <= options.tolerance * (Math.abs(best.value) + options.tolerance)) {
      return { point: best.point, value: best.value, evaluations, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < n; d++) centroid[d] = (centroid[d] ?? 0) + (simplex[i]?.point[d] ?? 0) / n;
    }
    const reflected = along(centroid, worst.point, -REFLECT);
    const reflectedValue = value(reflected);
    if (reflectedValue < best.value) {
      const expanded = along(centroid, worst.point, -EXPAND);
      const expandedValue = value(expanded);
      simplex[n] =
        expandedValue < reflectedValue
          ? { point: expanded, value: expandedValue }
          : { point: reflected, value: reflectedValue };
    } else if (reflectedValue < second.value) {
      simplex[n] = { point: reflected, value: reflectedValue };
    } else {
      const outside = reflectedValue < worst.value;
      const contracted = outside
        ? along(centroid, reflected, CONTRACT)
        : along(centroid, worst.point, CONTRACT);
      const contractedValue = value(contracted);
      if (contractedValue < Math.min(reflectedValue, worst.value)) {
        simplex[n] = { point: contracted, value: contractedValue };
      } else {
        for (let i = 1; i <= n; i++) {
          const vertex = simplex[i];
          if (!vertex) continue;
          const point = along(best.point, vertex.point, SHRINK);
          simplex[i] = { point, value: value(point) };
        }
      }
    }
    yield;
  }
  simplex.sort((p, q) => p.value - q.value);
  const best = simplex[0] ?? { point: [...start], value: Infinity };
  return { point: best.point, value: best.value, evaluations, converged: false };
}
