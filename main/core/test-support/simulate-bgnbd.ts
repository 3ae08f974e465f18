import type { Random } from '../demo/prng.ts';
import type { BgNbdParams, RepeatHistory } from '../prediction/bgnbd-likelihood.ts';

// The BG/NBD generative story (Fader, Hardie & Lee 2005, section 3), for tests: each customer
// draws a visit rate λ ~ Gamma(r, α) and a drop-out probability p ~ Beta(a, b); while active,
// visits follow a Poisson process with rate λ; right after each REPEAT visit the customer drops
// out with probability p. The first visit is at time 0 and is not counted in x.

function standardNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** Marsaglia & Tsang (2000); shapes below 1 are boosted by U^(1/shape). */
export function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a);
  return x / (x + sampleGamma(random, b));
}

/** One customer's repeat visits up to T (times relative to the first visit), and whether still active. */
export function simulateCustomer(
  random: Random,
  lambda: number,
  p: number,
  T: number,
): { visits: number[]; alive: boolean; history: RepeatHistory } {
  const visits: number[] = [];
  let time = 0;
  for (;;) {
    time += -Math.log(1 - random.next()) / lambda;
    if (time > T) return { visits, alive: true, history: summary(visits, T) };
    visits.push(time);
    if (random.next() < p) return { visits, alive: false, history: summary(visits, T) };
  }
}

function summary(visits: number[], T: number): RepeatHistory {
  return { x: visits.length, tx: visits.at(-1) ?? 0, T };
}

/** A cohort drawn from known parameters, each customer observed for a T drawn by `observed`. */
export function simulateHistories(
  random: Random,
  params: BgNbdParams,
  customers: number,
  observed: (random: Random) => number,
): RepeatHistory[] {
  const histories: RepeatHistory[] = [];
  for (let i = 0; i < customers; i++) {
    const lambda = sampleGamma(random, params.r) / params.alpha;
    const p = sampleBeta(random, params.a, params.b);
    histories.push(simulateCustomer(random, lambda, p, observed(random)).history);
  }
  return histories;
}
