import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/prng.ts';
import {
  expectationByIntegration,
  logLikelihoodByIntegration,
  pAliveByIntegration,
} from '../test-support/bgnbd-integrals.ts';
import { sampleBeta, sampleGamma, simulateCustomer } from '../test-support/simulate-bgnbd.ts';
import { customerLogLikelihood, groupHistories, totalLogLikelihood } from './bgnbd-likelihood.ts';
import { conditionalExpectation, expectedForNewCustomer, probabilityAlive } from './bgnbd-predict.ts';

const relativelyClose = (actual: number, expected: number, relative: number) => {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

// The paper's CDNOW estimates (weeks), and a daily-visit shop's.
const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const DAILY = { r: 0.6, alpha: 25, a: 1.3, b: 4.2 };

const HISTORIES = [
  { x: 0, tx: 0, T: 38.86 },
  { x: 2, tx: 30.43, T: 38.86 },
  { x: 7, tx: 12, T: 35 },
  { x: 1, tx: 1, T: 30 },
];

describe('the closed forms against their definitions, integrated numerically', () => {
  it.each(HISTORIES)('likelihood for %o, including the paper’s x = 0 case', (history) => {
    relativelyClose(customerLogLikelihood(CDNOW, history), logLikelihoodByIntegration(CDNOW, history), 1e-9);
  });

  it.each(HISTORIES)('P(alive) for %o', (history) => {
    relativelyClose(probabilityAlive(CDNOW, history), pAliveByIntegration(CDNOW, history), 1e-8);
  });

  it.each(HISTORIES)('expected visits in the next 39 weeks for %o', (history) => {
    relativelyClose(
      conditionalExpectation(CDNOW, history, 39),
      expectationByIntegration(CDNOW, history, 39),
      1e-8,
    );
  });

  it('a customer with no repeat visit is certainly still active: the model only drops out after a repeat', () => {
    expect(probabilityAlive(CDNOW, { x: 0, tx: 0, T: 500 })).toBe(1);
  });

  // Γ(r + x), (α + T)^(r + x) and 2F1 are all far beyond a double here; naive formulas give NaN.
  it.each([
    { x: 300, tx: 700, T: 730 },
    { x: 300, tx: 400, T: 730 },
    { x: 2000, tx: 3600, T: 3650 },
    { x: 120, tx: 200, T: 3650 },
  ])('large x and T, in days: %o', (history) => {
    // A naive (α + T)^(r + x) overflows.
    expect((DAILY.alpha + history.T) ** (DAILY.r + history.x)).toBe(Infinity);
    relativelyClose(probabilityAlive(DAILY, history), pAliveByIntegration(DAILY, history), 1e-7);
    for (const t of [30, 90]) {
      relativelyClose(
        conditionalExpectation(DAILY, history, t),
        expectationByIntegration(DAILY, history, t),
        1e-7,
      );
    }
  });

  it('is continuous through a = 1, where the formula is 0/0, and right for a < 1 and a + b < 1', () => {
    const history = { x: 3, tx: 20, T: 40 };
    for (const a of [1, 1 + 1e-9, 0.4]) {
      const params = { ...CDNOW, a };
      relativelyClose(
        conditionalExpectation(params, history, 30),
        expectationByIntegration(params, history, 30),
        1e-7,
      );
    }
    const thin = { r: 0.5, alpha: 10, a: 0.3, b: 0.5 };
    relativelyClose(
      conditionalExpectation(thin, { x: 0, tx: 0, T: 12 }, 30),
      expectationByIntegration(thin, { x: 0, tx: 0, T: 12 }, 30),
      1e-7,
    );
  });

  it('sums per customer to the grouped total the fit maximises', () => {
    const histories = [...HISTORIES, ...HISTORIES, { x: 2, tx: 30.43, T: 38.86 }];
    const each = histories.reduce((sum, h) => sum + customerLogLikelihood(CDNOW, h), 0);
    relativelyClose(totalLogLikelihood(CDNOW, groupHistories(histories)), each, 1e-13);
  });
});

describe('the closed forms against simulation of the generative story', () => {
  const random = createRandom(20050501);

  it('expects as many visits from a new customer as simulated ones make', () => {
    const t = 52;
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const lambda = sampleGamma(random, CDNOW.r) / CDNOW.alpha;
      const p = sampleBeta(random, CDNOW.a, CDNOW.b);
      const visits = simulateCustomer(random, lambda, p, t).visits.length;
      sum += visits;
      sumSquares += visits * visits;
    }
    const mean = sum / n;
    const standardError = Math.sqrt((sumSquares / n - mean * mean) / n);
    expect(Math.abs(expectedForNewCustomer(CDNOW, t) - mean)).toBeLessThan(4 * standardError);
  });

  it('is calibrated: predicted actives and next-period visits match what simulated customers do', () => {
    const n = 100_000;
    const T = 39;
    const t = 39;
    let predictedAlive = 0;
    let actuallyAlive = 0;
    let predictedVisits = 0;
    let actualVisits = 0;
    let varianceVisits = 0;
    for (let i = 0; i < n; i++) {
      const lambda = sampleGamma(random, CDNOW.r) / CDNOW.alpha;
      const p = sampleBeta(random, CDNOW.a, CDNOW.b);
      const past = simulateCustomer(random, lambda, p, T);
      predictedAlive += probabilityAlive(CDNOW, past.history);
      predictedVisits += conditionalExpectation(CDNOW, past.history, t);
      if (!past.alive) continue;
      actuallyAlive++;
      const future = simulateCustomer(random, lambda, p, t).visits.length;
      actualVisits += future;
      varianceVisits += future * future;
    }
    // Binomial and count standard errors of the simulated totals.
    expect(Math.abs(predictedAlive - actuallyAlive)).toBeLessThan(4 * Math.sqrt(n * 0.25));
    expect(Math.abs(predictedVisits - actualVisits)).toBeLessThan(4 * Math.sqrt(varianceVisits));
  });
});
