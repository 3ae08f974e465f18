import type { BgNbdParams, RepeatHistory } from '../prediction/bgnbd-likelihood.ts';
import { logIntegrateUnitInterval } from '../prediction/quadrature.ts';
import { logBeta, logGamma } from '../prediction/special-functions.ts';

// Independent checks of the BG/NBD closed forms, for tests: the model's quantities computed
// straight from their definitions as double integrals over the customer's unknown visit rate λ
// and drop-out probability p, weighted by the Gamma(r, α) and Beta(a, b) mixing densities,
// numerically (tanh-sinh in both directions). No Γ-ratio identity and no 2F1 is used.

export interface IndividualTerms {
  /** log of the integrand's part where the customer is still active at T. */
  alive: (lambda: number, p: number, q: number) => number;
  /** log of the part where the customer dropped out right after the last visit (−Infinity if x = 0). */
  dropped: (lambda: number, p: number, q: number) => number;
}

/** log of each individual-level likelihood term, given λ and p (q = 1 − p), paper eq. 3. */
export function individualTerms({ x, tx, T }: RepeatHistory): IndividualTerms {
  return {
    alive: (lambda, _p, q) => x * Math.log(q) + x * Math.log(lambda) - lambda * T,
    dropped: (lambda, p, q) =>
      x === 0 ? -Infinity : Math.log(p) + (x - 1) * Math.log(q) + x * Math.log(lambda) - lambda * tx,
  };
}

/**
 * log ∫∫ e^(g(λ, p)) Gamma(λ; r, α) Beta(p; a, b) dλ dp. λ runs over (0, ∞) as
 * λ = centre · exp(width · logit(u)), centred where the customer's rate most likely lies, so a
 * sharp posterior (hundreds of visits) still gets many nodes.
 */
export function logMixtureIntegral(
  { r, alpha, a, b }: BgNbdParams,
  history: RepeatHistory,
  logG: (lambda: number, p: number, q: number) => number,
): number {
  const shape = r + history.x;
  const centre = shape / (alpha + history.T);
  const width = 3 / Math.sqrt(shape);
  const logGammaNorm = r * Math.log(alpha) - logGamma(r);
  const logBetaNorm = -logBeta(a, b);
  return logIntegrateUnitInterval((p, q) => {
    const logBetaDensity = logBetaNorm + (a - 1) * Math.log(p) + (b - 1) * Math.log(q);
    const inner = logIntegrateUnitInterval((u, v) => {
      const logLambda = Math.log(centre) + width * (Math.log(u) - Math.log(v));
      const lambda = Math.exp(logLambda);
      // dλ = λ · width · du / (u v)
      const jacobian = logLambda + Math.log(width) - Math.log(u) - Math.log(v);
      const logGammaDensity = logGammaNorm + (r - 1) * logLambda - alpha * lambda;
      return logG(lambda, p, q) + logGammaDensity + jacobian;
    });
    return inner + logBetaDensity;
  });
}

const logSum = (x: number, y: number) =>
  x === -Infinity ? y : y === -Infinity ? x : Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y)));

/** The likelihood (eq. 6) by integration: ∫∫ L(λ, p | x, t_x, T) g(λ) f(p). */
export function logLikelihoodByIntegration(params: BgNbdParams, history: RepeatHistory): number {
  const terms = individualTerms(history);
  return logMixtureIntegral(params, history, (l, p, q) =>
    logSum(terms.alive(l, p, q), terms.dropped(l, p, q)),
  );
}

/** P(alive | history) by integration: the "still active" share of the likelihood. */
export function pAliveByIntegration(params: BgNbdParams, history: RepeatHistory): number {
  const terms = individualTerms(history);
  const alive = logMixtureIntegral(params, history, terms.alive);
  return Math.exp(alive - logLikelihoodByIntegration(params, history));
}

/**
 * E[visits in (T, T + t] | history] by integration: an active customer with (λ, p) makes
 * (1 − e^(−λ p t))/p visits on average in the next t (eq. 7 of the paper for a fresh customer,
 * and an active customer starts afresh: the process has no memory).
 */
export function expectationByIntegration(params: BgNbdParams, history: RepeatHistory, t: number): number {
  const terms = individualTerms(history);
  const future = logMixtureIntegral(
    params,
    history,
    (l, p, q) => terms.alive(l, p, q) + Math.log(-Math.expm1(-l * p * t)) - Math.log(p),
  );
  return Math.exp(future - logLikelihoodByIntegration(params, history));
}
