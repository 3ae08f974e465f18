// The Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1, as the BG/NBD conditional
// expectation needs it (Fader, Hardie & Lee 2005, eq. 10): 2F1(r + x, b + x; a + b + x − 1; z) with
// z = t / (α + T + t). Its plain series has terms that first grow like (x·z)^j / j! before they fall,
// so for a loyal customer (x in the hundreds) the terms overflow and thousands are needed. Two
// defences: the sum is carried with a separate logarithmic scale, and when the plain series would
// climb for long the function uses Euler's transformation
//   2F1(a, b; c; z) = (1 − z)^(c − a − b) · 2F1(c − a, c − b; c; z),
// whose parameters c − a = a' + b' − 1 − r and c − b = a' − 1 no longer grow with x, so its terms
// shrink from the first one on.

/** Relative size below which the rest of the series no longer changes the sum. */
const EPSILON = 1e-16;
const DEFAULT_MAX_TERMS = 1_000_000;

export class Hyp2f1Error extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'Hyp2f1Error';
  }
}

/** Rescaling step: a sum past 1e250 is divided by it, its logarithm carried apart. */
const RESCALE = 1e250;
const LOG_RESCALE = Math.log(RESCALE);

/**
 * The series Σ (a)_j (b)_j / ((c)_j j!) z^j, each term the previous one times its ratio, the sum
 * held as `sum · e^logScale` and rescaled before it could overflow, so terms of any size can be
 * added at the cost of a multiplication each. Returns the log of a positive sum. Stops once a
 * geometric bound on the whole remaining tail (see tailRatioBound) is below EPSILON of the sum.
 * Needs c > 0.
 */
export function logHyp2f1Series(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = DEFAULT_MAX_TERMS,
): number {
  if (!(c > 0)) throw new Hyp2f1Error(`2F1 here needs c > 0 (got ${c})`);
  if (z === 0) return 0;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  const result = () => (sum > 0 ? logScale + Math.log(sum) : Number.NaN);
  for (let j = 0; j < maxTerms; j++) {
    const ratio = (((a + j) * (b + j)) / ((c + j) * (j + 1))) * z;
    if (ratio === 0) return result(); // a or b is a non-positive integer: the series is a polynomial.
    term *= ratio;
    sum += term;
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += LOG_RESCALE;
    }
    const bound = tailRatioBound(a, b, c, z, j + 1);
    if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= EPSILON * Math.abs(sum)) return result();
  }
  throw new Hyp2f1Error(`2F1(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}

/**
 * An upper bound on |ratio of successive terms| for every index k ≥ j, given c > 0: the ratio is
 * z · |a + k|/(k + 1) · |b + k|/(c + k), and each factor moves monotonically toward 1 as k grows,
 * so its largest value from j on is at j or is 1. Both pairings of a and b are tried.
 */
export function tailRatioBound(a: number, b: number, c: number, z: number, j: number): number {
  const absA = Math.abs(a);
  const absB = Math.abs(b);
  const aOverOne = Math.max(1, (absA + j) / (j + 1));
  const bOverOne = Math.max(1, (absB + j) / (j + 1));
  const aOverC = Math.max(1, (absA + j) / (c + j));
  const bOverC = Math.max(1, (absB + j) / (c + j));
  return z * Math.min(aOverOne * bOverC, bOverOne * aOverC);
}

/**
 * Where the terms of Σ (a)_j (b)_j / ((c)_j j!) z^j stop growing: the larger root of
 * z(a + j)(b + j) = (c + j)(j + 1), or 0 when they shrink from the start. A cheap measure of
 * how long a series climbs (and so how large and how many its terms are).
 */
export function termPeak(a: number, b: number, c: number, z: number): number {
  const qa = z - 1;
  const qb = z * (a + b) - c - 1;
  const qc = z * a * b - c;
  const discriminant = qb * qb - 4 * qa * qc;
  if (discriminant < 0) return 0;
  return Math.max(0, (-qb - Math.sqrt(discriminant)) / (2 * qa));
}

/** log 2F1(a, b; c; z) for c > 0, 0 ≤ z < 1 and a positive value (as in every BG/NBD use). */
export function logHyp2f1(a: number, b: number, c: number, z: number, maxTerms = DEFAULT_MAX_TERMS): number {
  if (!(z >= 0 && z < 1)) throw new Hyp2f1Error(`2F1 needs 0 ≤ z < 1 (got ${z})`);
  if (!(c > 0)) throw new Hyp2f1Error(`2F1 here needs c > 0 (got ${c})`);
  if (z === 0) return 0;
  const direct = termPeak(a, b, c, z);
  const euler = termPeak(c - a, c - b, c, z);
  // The plain series has no cancellation when a, b > 0, so it is kept unless it climbs for long.
  if (direct <= euler + 8) return logHyp2f1Series(a, b, c, z, maxTerms);
  return (c - a - b) * Math.log1p(-z) + logHyp2f1Series(c - a, c - b, c, z, maxTerms);
}
