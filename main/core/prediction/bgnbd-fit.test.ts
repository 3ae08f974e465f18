import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/prng.ts';
import { simulateCustomer, simulateHistories } from '../test-support/simulate-bgnbd.ts';
import {
  groupHistories,
  logLikelihoodAndGradient,
  totalLogLikelihood,
  type BgNbdParams,
  type GroupedHistories,
} from './bgnbd-likelihood.ts';
import { fitBgNbd } from './bgnbd-fit.ts';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;
const toLog = (p: BgNbdParams) => NAMES.map((name) => Math.log(p[name]));
const fromLog = ([r = 0, alpha = 0, a = 0, b = 0]: number[]): BgNbdParams => ({
  r: Math.exp(r),
  alpha: Math.exp(alpha),
  a: Math.exp(a),
  b: Math.exp(b),
});

/**
 * Standard errors of the log-parameters from the observed information (the inverse of minus the
 * Hessian of the log-likelihood, by central differences): how far an honest estimate may stray.
 */
function logStandardErrors(params: BgNbdParams, data: GroupedHistories): number[] {
  const centre = toLog(params);
  const h = 1e-3;
  const ll = (point: number[]) => totalLogLikelihood(fromLog(point), data);
  const shifted = (moves: [number, number][]) => {
    const point = [...centre];
    for (const [index, by] of moves) point[index] = (point[index] ?? 0) + by;
    return ll(point);
  };
  const n = centre.length;
  const information = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const second =
        shifted([
          [i, h],
          [j, h],
        ]) -
        shifted([
          [i, h],
          [j, -h],
        ]) -
        shifted([
          [i, -h],
          [j, h],
        ]) +
        shifted([
          [i, -h],
          [j, -h],
        ]);
      return -second / (4 * h * h);
    }),
  );
  return invert(information).map((row, i) => Math.sqrt(row[i] ?? NaN));
}

/** Gauss–Jordan inversion of a small symmetric positive-definite matrix. */
function invert(matrix: number[][]): number[][] {
  const n = matrix.length;
  const m = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    const pivotRow = m[col] ?? [];
    const pivot = pivotRow[col] ?? NaN;
    for (let k = 0; k < 2 * n; k++) pivotRow[k] = (pivotRow[k] ?? 0) / pivot;
    m.forEach((row, r) => {
      if (r === col) return;
      const factor = row[col] ?? 0;
      for (let k = 0; k < 2 * n; k++) row[k] = (row[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    });
  }
  return m.map((row) => row.slice(n));
}

describe('fitting the BG/NBD model by maximum likelihood', () => {
  it.each([
    // The paper's CDNOW estimates, in weeks, each customer watched for 27 to 39 weeks.
    { truth: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, seed: 1, span: [27, 39] },
    // A salon in days: a visit every few weeks, watched for up to two years.
    { truth: { r: 1.8, alpha: 60, a: 1.4, b: 6 }, seed: 2, span: [1, 730] },
  ])('recovers the parameters customers were simulated from ($truth)', ({ truth, seed, span }) => {
    const random = createRandom(seed);
    const [from = 0, to = 0] = span;
    const histories = simulateHistories(random, truth, 20_000, (rnd) => from + (to - from) * rnd.next());
    const data = groupHistories(histories);
    const fit = fitBgNbd(data);

    expect(fit.converged).toBe(true);
    // The maximum really is one: at least as likely as the truth, and a local peak.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(totalLogLikelihood(truth, data));
    const errors = logStandardErrors(fit.params, data);
    NAMES.forEach((name, i) => {
      const error = errors[i] ?? NaN;
      // Tight enough to mean something (20k customers pin each parameter to within ~25%)…
      expect(error, `${name} standard error`).toBeLessThan(0.25);
      // …and the estimate within four standard errors of the truth.
      expect(Math.abs(Math.log(fit.params[name]) - Math.log(truth[name])), name).toBeLessThan(4 * error);
    });
  });

  it('is deterministic: the same customers, in any order, give the very same fit', () => {
    const random = createRandom(7);
    const truth = { r: 0.5, alpha: 20, a: 0.9, b: 3 };
    const histories = simulateHistories(random, truth, 5000, (rnd) => Math.floor(1 + 365 * rnd.next()));
    const first = fitBgNbd(groupHistories(histories));
    const again = fitBgNbd(groupHistories(histories));
    const reversed = fitBgNbd(groupHistories([...histories].reverse()));
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
  });

  it('follows the true slope of the likelihood (analytic gradient against finite differences)', () => {
    const histories = simulateHistories(createRandom(3), { r: 0.7, alpha: 30, a: 0.6, b: 2 }, 3000, (rnd) =>
      Math.floor(1 + 400 * rnd.next()),
    );
    const data = groupHistories(histories);
    const at = { r: 0.9, alpha: 25, a: 0.8, b: 1.5 };
    const gradient = new Float64Array(4);
    logLikelihoodAndGradient(at, data, gradient);
    const h = 1e-6;
    NAMES.forEach((name, i) => {
      const up = totalLogLikelihood({ ...at, [name]: at[name] * Math.exp(h) }, data);
      const down = totalLogLikelihood({ ...at, [name]: at[name] * Math.exp(-h) }, data);
      const numeric = (up - down) / (2 * h);
      expect(Math.abs((gradient[i] ?? NaN) - numeric), name).toBeLessThan(
        1e-5 * Math.max(1, Math.abs(numeric)),
      );
    });
  });

  it('still finds the maximum when nobody ever drops out (a → 0, a ridge the gradient alone crawls along)', () => {
    const random = createRandom(11);
    const histories = Array.from(
      { length: 4000 },
      () =>
        simulateCustomer(random, 0.02 + 0.2 * random.next(), 0, Math.floor(30 + 700 * random.next())).history,
    );
    const data = groupHistories(histories);
    const fit = fitBgNbd(data);
    expect(fit.params.a / (fit.params.a + fit.params.b)).toBeLessThan(1e-3);
    // Better than a model with a noticeable drop-out probability, at its own best rate parameters.
    const withDropOut = fitBgNbd(data, { r: 1, alpha: 10, a: 1, b: 50 });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(
      withDropOut.logLikelihood - 1e-6 * Math.abs(fit.logLikelihood),
    );
    expect(fitBgNbd(data)).toEqual(fit);
  });

  it('refuses to fit nobody', () => {
    expect(() => fitBgNbd(groupHistories([]))).toThrow(/no customers/);
  });
});
