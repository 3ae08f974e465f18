import type { Minimum } from './nelder-mead.ts';

// Quasi-Newton minimisation (BFGS update of the inverse Hessian, Armijo backtracking), for a
// smooth function whose gradient is known exactly. Deterministic, and a generator that yields
// after every iteration so a long fit can share the event loop.

export interface BfgsOptions {
  maxIterations: number;
  /** Converged when every component of the gradient is below this. */
  gradientTolerance: number;
  /** No coordinate moves by more than this in one step (log-parameters: a factor of e^maxStep). */
  maxStep: number;
}

/** f(point, gradientOut) returns f and writes ∇f; Infinity (or NaN) outside the domain. */
export type ValueAndGradient = (point: Float64Array, gradient: Float64Array) => number;

const ARMIJO = 1e-4;
const MAX_HALVINGS = 50;
/** Relative improvements this small, three times running, mean the valley floor is reached. */
const STALL = 1e-14;

const dot = (u: Float64Array, v: Float64Array) => u.reduce((sum, value, i) => sum + value * (v[i] ?? 0), 0);
const maxAbs = (u: Float64Array) => u.reduce((max, value) => Math.max(max, Math.abs(value)), 0);

function identity(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function times(h: Float64Array[], v: Float64Array): Float64Array {
  return Float64Array.from(h, (row) => dot(row, v));
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1/(yᵀs), written out for a symmetric H. */
function update(h: Float64Array[], s: Float64Array, y: Float64Array, sy: number): void {
  const rho = 1 / sy;
  const hy = times(h, y);
  const yhy = dot(y, hy);
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const row = h[i];
    if (!row) continue;
    for (let j = 0; j < n; j++) {
      const si = s[i] ?? 0;
      const sj = s[j] ?? 0;
      row[j] =
        (row[j] ?? 0) - rho * ((hy[i] ?? 0) * sj + si * (hy[j] ?? 0)) + (rho * rho * yhy + rho) * si * sj;
    }
  }
}

export function* bfgs(
  f: ValueAndGradient,
  start: readonly number[],
  options: BfgsOptions,
): Generator<void, Minimum> {
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = f(x, g);
  let evaluations = 1;
  if (!Number.isFinite(value)) return { point: [...x], value: Infinity, evaluations, converged: false };
  let h = identity(n);
  let fresh = true;
  let stalls = 0;
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (maxAbs(g) <= options.gradientTolerance || stalls >= 3) {
      return { point: [...x], value, evaluations, converged: true };
    }
    let direction = times(h, g).map((v) => -v);
    if (dot(direction, g) >= 0) {
      h = identity(n);
      fresh = true;
      direction = g.map((v) => -v);
    }
    const longest = maxAbs(direction);
    if (longest > options.maxStep) direction = direction.map((v) => (v * options.maxStep) / longest);
    const slope = dot(direction, g);
    let step = 1;
    let next = new Float64Array(n);
    const nextG = new Float64Array(n);
    let nextValue = Infinity;
    let accepted = false;
    for (let halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
      if (halving > 0) step /= 2;
      next = x.map((v, i) => v + step * (direction[i] ?? 0));
      nextValue = f(next, nextG);
      evaluations++;
      // An evaluation over every customer takes milliseconds: a pause after each keeps slices short.
      if (halving > 0) yield;
      accepted = Number.isFinite(nextValue) && nextValue <= value + ARMIJO * step * slope;
    }
    if (!accepted) {
      // Steepest descent found no lower point either: as close to the minimum as doubles get.
      if (fresh) {
        return { point: [...x], value, evaluations, converged: maxAbs(g) <= 100 * options.gradientTolerance };
      }
      h = identity(n);
      fresh = true;
      continue;
    }
    const s = next.map((v, i) => v - (x[i] ?? 0));
    const y = nextG.map((v, i) => v - (g[i] ?? 0));
    const sy = dot(s, y);
    stalls = value - nextValue <= STALL * Math.abs(value) ? stalls + 1 : 0;
    if (sy > 1e-300) {
      // Before the first update, scale H to the curvature seen (Nocedal & Wright, eq. 6.20).
      if (fresh) h = identity(n).map((row) => row.map((v) => (v * sy) / dot(y, y)));
      update(h, s, y, sy);
      fresh = false;
    }
    x = next;
    g = nextG;
    value = nextValue;
    yield;
  }
  return { point: [...x], value, evaluations, converged: false };
}
