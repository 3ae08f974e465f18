import { bfgs } from './bfgs.ts';
import {
  logLikelihoodAndGradient,
  totalLogLikelihood,
  type BgNbdParams,
  type GroupedHistories,
} from './bgnbd-likelihood.ts';
import { nelderMead, type Minimum } from './nelder-mead.ts';

// Maximum-likelihood fit of the BG/NBD model on the logarithms of (r, α, a, b), so every step
// stays in the positive domain, from a start computed from the data alone. Quasi-Newton (BFGS)
// with the exact gradient does the work in a few dozen passes over the data; Nelder–Mead, which
// needs no gradient, takes over should BFGS stall short of a stationary point. No
// randomness anywhere: the same histories always give the same parameters.

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  evaluations: number;
  converged: boolean;
}

/** Parameters outside e^±LIMIT are treated as impossible (they only arise when the data say nothing). */
const LOG_LIMIT = 16;
const TOLERANCE = 1e-11;
/** Per customer: the log-likelihood's slope is then below 1e-9 × customers in every direction. */
const GRADIENT_TOLERANCE = 1e-9;
const MAX_EVALUATIONS_PER_ROUND = 4000;
/** Nelder–Mead restarts from the best point while they still improve it. */
const MAX_ROUNDS = 6;

const toParams = ([lr = 0, lalpha = 0, la = 0, lb = 0]: readonly number[]): BgNbdParams => ({
  r: Math.exp(lr),
  alpha: Math.exp(lalpha),
  a: Math.exp(la),
  b: Math.exp(lb),
});

/**
 * A start from the data: one unit of visit-rate heterogeneity (r = 1) with the mean rate matching
 * the average number of repeat visits per unit of time, and a drop-out probability of 1/4.
 */
export function startingParams(data: GroupedHistories): BgNbdParams {
  const meanT = Math.max(data.meanT, 1e-6);
  return { r: 1, alpha: Math.max(1e-3, meanT / (data.meanX + 0.5)), a: 1, b: 3 };
}

/** The fit, one optimiser iteration per yield; see fitBgNbd for the one-call form. */
export function* fitBgNbdSteps(
  data: GroupedHistories,
  start = startingParams(data),
): Generator<void, BgNbdFit> {
  if (data.customers === 0) throw new RangeError('BG/NBD: no customers to fit');
  const scale = data.customers;
  const outside = (point: ArrayLike<number>) => Array.from(point).some((v) => Math.abs(v) > LOG_LIMIT);
  const objective = (point: readonly number[]) =>
    outside(point) ? Infinity : -totalLogLikelihood(toParams(point), data) / scale;
  const withGradient = (point: Float64Array, gradient: Float64Array) => {
    if (outside(point)) return Infinity;
    const value = -logLikelihoodAndGradient(toParams(Array.from(point)), data, gradient) / scale;
    for (let i = 0; i < gradient.length; i++) gradient[i] = -(gradient[i] ?? 0) / scale;
    return value;
  };
  const first = [Math.log(start.r), Math.log(start.alpha), Math.log(start.a), Math.log(start.b)];
  const quasiNewton: Minimum = yield* bfgs(withGradient, first, {
    maxIterations: 400,
    gradientTolerance: GRADIENT_TOLERANCE,
    maxStep: 2,
  });
  let best = quasiNewton;
  let evaluations = quasiNewton.evaluations;
  // Nelder–Mead only where BFGS could not certify a stationary point (a flat ridge, a kink).
  for (let round = 0; round < (quasiNewton.converged ? 0 : MAX_ROUNDS); round++) {
    const minimum: Minimum = yield* nelderMead(objective, best.point, {
      step: round === 0 ? 0.5 : 0.05,
      tolerance: TOLERANCE,
      maxEvaluations: MAX_EVALUATIONS_PER_ROUND,
    });
    evaluations += minimum.evaluations;
    const improved = minimum.value < best.value - TOLERANCE * Math.abs(best.value);
    if (minimum.value < best.value) best = { ...minimum, converged: minimum.converged || best.converged };
    if (!improved) break;
  }
  if (!Number.isFinite(best.value)) throw new RangeError('BG/NBD: the likelihood has no maximum here');
  return {
    params: toParams(best.point),
    logLikelihood: -best.value * scale,
    evaluations,
    converged: best.converged,
  };
}

export function fitBgNbd(data: GroupedHistories, start?: BgNbdParams): BgNbdFit {
  const steps = fitBgNbdSteps(data, start);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
