import type { BgNbdParams, RepeatHistory } from './bgnbd-likelihood.ts';
import { logHyp2f1 } from './hyp2f1.ts';
import { logIntegrateUnitInterval } from './quadrature.ts';
import { logBeta } from './special-functions.ts';

// What the fitted BG/NBD model says about one customer (Fader, Hardie & Lee 2005): the
// probability of still being active, and how many visits to expect in the next t units of time.
// Everything is computed in log space, so a customer with hundreds of visits over years of
// history (Γ and (α + T)^(r + x) far beyond a double) gets an exact answer, not Infinity/Infinity.

/**
 * log of the odds "dropped out after the last visit" : "still active", given the history:
 * δ(x > 0) · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x). −Infinity for x = 0.
 */
function logDropOdds({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: RepeatHistory): number {
  if (x === 0) return -Infinity;
  return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/** P(alive | x, t_x, T) = 1 / (1 + δ(x > 0) a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)). */
export function probabilityAlive(params: BgNbdParams, history: RepeatHistory): number {
  const odds = logDropOdds(params, history);
  return odds > 0 ? Math.exp(-odds) / (1 + Math.exp(-odds)) : 1 / (1 + Math.exp(odds));
}

/** Below this distance from a = 1 the closed form is 0/0 and is read off both sides instead. */
const NEAR_ONE = 1e-7;
const AROUND_ONE = 1e-5;

/**
 * E[X(T, T + t] | x, t_x, T], the paper's eq. 10:
 *   (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) · 2F1(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 *   / (1 + δ(x > 0) a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)).
 * For a < 1 both factors of the numerator are negative and the formula holds as it stands.
 */
export function conditionalExpectation(params: BgNbdParams, history: RepeatHistory, t: number): number {
  if (t <= 0) return 0;
  const { a } = params;
  if (Math.abs(a - 1) < NEAR_ONE) {
    const below = conditionalExpectation({ ...params, a: 1 - AROUND_ONE }, history, t);
    const above = conditionalExpectation({ ...params, a: 1 + AROUND_ONE }, history, t);
    return (below + above) / 2;
  }
  const { r, alpha, b } = params;
  const { x, T } = history;
  const c = a + b + x - 1;
  const aliveShare = 1 / (1 + Math.exp(logDropOdds(params, history)));
  if (!(c > 0)) return aliveShare * expectedIfAliveByQuadrature(params, x, T, t);
  const z = t / (alpha + T + t);
  const logBracket =
    (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)) + logHyp2f1(r + x, b + x, c, z);
  return (c / (a - 1)) * -Math.expm1(logBracket) * aliveShare;
}

/**
 * E[visits in t | alive, x, T] straight from its definition, for the one case the closed form
 * cannot take (x = 0 with a + b ≤ 1, where 2F1's c is not positive): with λ ~ Γ(r + x, α + T)
 * integrated out exactly, E = ∫ (1 − ((α + T)/(α + T + p t))^(r + x)) / p · Beta(p; a, b + x) dp.
 */
function expectedIfAliveByQuadrature(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  T: number,
  t: number,
): number {
  const shape = r + x;
  const rate = alpha + T;
  const logNorm = logBeta(a, b + x);
  const logExpected = logIntegrateUnitInterval((p, q) => {
    const missing = -Math.expm1(-shape * Math.log1p((p * t) / rate));
    return Math.log(missing) + (a - 2) * Math.log(p) + (b + x - 1) * Math.log(q) - logNorm;
  });
  return Math.exp(logExpected);
}

/** E[X(t)] for a customer just acquired (the paper's eq. 9), the shop-wide expectation. */
export function expectedForNewCustomer(params: BgNbdParams, t: number): number {
  return conditionalExpectation(params, { x: 0, tx: 0, T: 0 }, t);
}
