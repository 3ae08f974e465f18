import { describe, expect, it } from 'vitest';
import { logHyp2f1, logHyp2f1Series, termPeak } from './hyp2f1.ts';
import { logIntegrateUnitInterval } from './quadrature.ts';
import { logGamma } from './special-functions.ts';

const close = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));

/** Euler's integral, numerically: 2F1(a, b; c; z) = Γ(c)/(Γ(b)Γ(c − b)) ∫ t^(b−1)(1−t)^(c−b−1)(1−zt)^(−a) dt. */
function logHyp2f1ByIntegral(a: number, b: number, c: number, z: number): number {
  const logNorm = logGamma(c) - logGamma(b) - logGamma(c - b);
  return (
    logNorm +
    logIntegrateUnitInterval(
      (t, oneMinusT) => (b - 1) * Math.log(t) + (c - b - 1) * Math.log(oneMinusT) - a * Math.log1p(-z * t),
    )
  );
}

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10, Math.log(362_880)],
    [0.01, Math.log(99.4325851191506)],
  ])('log Γ(%s) = %s', (x, expected) => close(logGamma(x), expected, 1e-13));

  it('agrees with Stirling’s series for large arguments', () => {
    for (const x of [1e3, 1e5, 1e8]) {
      const stirling =
        (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
      close(logGamma(x), stirling, 1e-14);
    }
  });
});

describe('logHyp2f1', () => {
  it.each([0.1, 0.5, 0.9, 0.999])('2F1(1, 1; 2; z) = −log(1 − z)/z at z = %s', (z) => {
    close(logHyp2f1(1, 1, 2, z), Math.log(-Math.log1p(-z) / z), 1e-13);
  });

  it.each([0.2, 0.7, 0.95])('2F1(½, ½; 3/2; s²) = arcsin(s)/s at s = %s', (s) => {
    close(logHyp2f1(0.5, 0.5, 1.5, s * s), Math.log(Math.asin(s) / s), 1e-13);
  });

  it('is exact where the transformed series ends at once: 2F1(a, b; b; z) = (1 − z)^(−a), a = 2500.5', () => {
    expect(termPeak(2500.5, 3, 3, 0.6)).toBeGreaterThan(1000);
    close(logHyp2f1(2500.5, 3, 3, 0.6), -2500.5 * Math.log(0.4), 1e-13);
  });

  it('is 1 at z = 0 and refuses z outside [0, 1)', () => {
    expect(logHyp2f1(3, 4, 5, 0)).toBe(0);
    expect(() => logHyp2f1(3, 4, 5, 1)).toThrow(/0 ≤ z < 1/);
    expect(() => logHyp2f1(3, 4, 5, -0.1)).toThrow(/0 ≤ z < 1/);
  });

  // The BG/NBD arguments: 2F1(r + x, b + x; a + b + x − 1; t/(α + T + t)) with CDNOW-like
  // parameters (r 0.24, α 4.41, a 0.79, b 2.43), x from none to thousands, T from days to years.
  const r = 0.24;
  const alpha = 4.41;
  const a = 0.79;
  const b = 2.43;
  it.each([
    [0, 0, 39],
    [2, 30, 39],
    [40, 300, 39],
    [400, 500, 90],
    [5000, 2000, 365],
    [20_000, 5000, 10],
  ])('matches Euler’s integral at x = %s, T = %s, t = %s (no overflow)', (x, T, t) => {
    const z = t / (alpha + T + t);
    const value = logHyp2f1(r + x, b + x, a + b + x - 1, z);
    expect(Number.isFinite(value)).toBe(true);
    // 2F1 is symmetric in its first two arguments; the integral needs c > "b", so r + x takes that place.
    close(value, logHyp2f1ByIntegral(b + x, r + x, a + b + x - 1, z), 1e-9);
  });

  it('gives the same value by the plain series and by Euler’s transformation where both are cheap', () => {
    for (const [p, q, c, z] of [
      [3.2, 1.7, 4.1, 0.3],
      [10.24, 12.43, 12.22, 0.8],
      [0.24, 2.43, 2.22, 0.95],
    ] as const) {
      const plain = logHyp2f1Series(p, q, c, z);
      const euler = (c - p - q) * Math.log1p(-z) + logHyp2f1Series(c - p, c - q, c, z);
      close(plain, euler, 1e-12);
    }
  });
});
