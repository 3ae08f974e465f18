import type { GroupedHistories } from './bgnbd-grouping.ts';
import { digamma, logBeta, logGamma } from './special-functions.ts';

// The BG/NBD likelihood of Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way",
// Marketing Science 24(2), eq. 6. A customer is summarised by x (repeat visits: visits after the
// first), t_x (time of the last visit, counted from the first) and T (time from the first visit to
// the end of the observation). Time is in whatever unit the caller uses (days here).

export interface BgNbdParams {
  /** Shape and rate of the gamma distribution of visit rates λ. */
  r: number;
  alpha: number;
  /** The beta distribution of the drop-out probability p after each repeat visit. */
  a: number;
  b: number;
}

export type { GroupedHistories } from './bgnbd-grouping.ts';
export { groupHistories } from './bgnbd-grouping.ts';

export interface RepeatHistory {
  x: number;
  tx: number;
  T: number;
}

/**
 * log L(r, α, a, b | x, t_x, T) for one customer:
 *   L = B(a, b + x)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + T)^(r + x))
 *     + δ(x > 0) · B(a + 1, b + x − 1)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + t_x)^(r + x)).
 * The second term is the paper's handling of x = 0: a customer with no repeat visit cannot have
 * dropped out (drop-out happens only right after a repeat visit), so only the "still alive" term
 * remains. B(a + 1, b + x − 1)/B(a, b + x) = a/(b + x − 1) keeps it in one log-sum.
 */
export function customerLogLikelihood({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: RepeatHistory): number {
  const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b);
  const alive = -(r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dropped = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const high = Math.max(alive, dropped);
  return common + high + Math.log(Math.exp(alive - high) + Math.exp(dropped - high));
}

/** The sum of customerLogLikelihood over every customer. */
export function totalLogLikelihood(params: BgNbdParams, data: GroupedHistories): number {
  return logLikelihoodAndGradient(params, data, null);
}

/**
 * The total log-likelihood and, into `gradient` when given, its derivatives with respect to
 * log r, log α, log a and log b (the coordinates the fit moves in). One pass over the groups:
 * each repeat customer's share of "dropped out" s = σ(d) serves both the value and the slope.
 */
export function logLikelihoodAndGradient(
  { r, alpha, a, b }: BgNbdParams,
  data: GroupedHistories,
  gradient: Float64Array | null,
): number {
  const nx = data.xs.length;
  const nt = data.times.length;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  const base = r * logAlpha - logGamma(r) - logBeta(a, b);
  const dropShift = new Float64Array(nx);
  let value = 0;
  let dR = 0;
  let dAlpha = 0;
  let dA = 0;
  let dB = 0;
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  for (let k = 0; k < nx; k++) {
    const x = data.xs[k] ?? 0;
    const w = data.xWeight[k] ?? 0;
    value += w * (base + logGamma(r + x) + logBeta(a, b + x));
    dropShift[k] = x > 0 ? logA - Math.log(b + x - 1) : 0;
    if (gradient) {
      const psiABX = digamma(a + b + x);
      dR += w * (logAlpha - psiR + digamma(r + x));
      dAlpha += (w * r) / alpha;
      dA += w * (psiAB - psiABX);
      dB += w * (digamma(b + x) - psiABX - psiB + psiAB);
    }
  }
  const logTime = new Float64Array(nt);
  const invTime = new Float64Array(nt);
  for (let m = 0; m < nt; m++) {
    const time = alpha + (data.times[m] ?? 0);
    const lt = Math.log(time);
    logTime[m] = lt;
    invTime[m] = 1 / time;
    const rx = r * (data.tWeight[m] ?? 0) + (data.tWeightX[m] ?? 0);
    value -= rx * lt;
    dR -= (data.tWeight[m] ?? 0) * lt;
    dAlpha -= rx / time;
  }
  // The drop-out terms: log(1 + e^d) with d = log(a/(b + x − 1)) + (r + x) log((α + T)/(α + t_x)).
  const shareByX = new Float64Array(nx);
  // Locals, so the hot loop reads typed arrays directly rather than through `data`.
  const { xs, repeatX, repeatT, repeatTx, repeatWeight } = data;
  const groups = repeatWeight.length;
  for (let g = 0; g < groups; g++) {
    const k = repeatX[g] ?? 0;
    const t = repeatT[g] ?? 0;
    const tx = repeatTx[g] ?? 0;
    const w = repeatWeight[g] ?? 0;
    const rx = r + (xs[k] ?? 0);
    const gap = (logTime[t] ?? 0) - (logTime[tx] ?? 0);
    const d = (dropShift[k] ?? 0) + rx * gap;
    // Beyond |d| = 40 the term is max(d, 0) and σ(d) is 0 or 1 to within e^−40 ≈ 4e-18: no exp needed.
    const e = d > 40 || d < -40 ? 0 : Math.exp(-Math.abs(d));
    value += w * (Math.max(d, 0) + Math.log1p(e));
    if (!gradient) continue;
    const share = w * (d > 0 ? 1 / (1 + e) : e / (1 + e));
    shareByX[k] = (shareByX[k] ?? 0) + share;
    dR += share * gap;
    dAlpha += share * rx * ((invTime[t] ?? 0) - (invTime[tx] ?? 0));
  }
  if (gradient) {
    for (let k = 0; k < nx; k++) {
      const share = shareByX[k] ?? 0;
      if (share === 0) continue;
      dA += share / a;
      dB -= share / (b + (data.xs[k] ?? 0) - 1);
    }
    gradient[0] = r * dR;
    gradient[1] = alpha * dAlpha;
    gradient[2] = a * dA;
    gradient[3] = b * dB;
  }
  return value;
}
