// Tanh-sinh (double exponential) quadrature on (0, 1): near machine precision for smooth
// integrands, and it tolerates integrable singularities at the ends (p^(a−1) with a < 1), which
// is what a Beta density has. Used only where no closed form exists (see bgnbd-predict), and by
// the tests as an independent check of the closed forms.

const STEP = 1 / 64;
const HALF_WIDTH = 4.5;

interface Node {
  p: number;
  /** 1 − p, kept separately so the end near 1 has no cancellation. */
  q: number;
  weight: number;
}

function buildNodes(): Node[] {
  const nodes: Node[] = [];
  const n = Math.ceil(HALF_WIDTH / STEP);
  for (let k = -n; k <= n; k++) {
    const t = k * STEP;
    const u = (Math.PI / 2) * Math.sinh(t);
    // p = (1 + tanh u)/2: e/(1 + e) with e = e^(−2|u|) is the distance to the nearer end.
    const e = Math.exp(-2 * Math.abs(u));
    const near = e / (1 + e);
    const p = u < 0 ? near : 1 - near;
    const q = u < 0 ? 1 - near : near;
    if (!(p > 0 && q > 0)) continue;
    const weight = (STEP * (Math.PI / 2) * Math.cosh(t)) / (2 * Math.cosh(u) ** 2);
    if (weight > 0) nodes.push({ p, q, weight });
  }
  return nodes;
}

const NODES = buildNodes();

/**
 * log ∫₀¹ f(p) dp with f given as log f(p, 1 − p) (−Infinity where f is 0). The largest node
 * value is factored out first, so integrands of size e^±5000 are fine.
 */
export function logIntegrateUnitInterval(logF: (p: number, q: number) => number): number {
  const values = NODES.map(({ p, q }) => logF(p, q));
  const top = Math.max(...values.filter((v) => !Number.isNaN(v)));
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  NODES.forEach((node, i) => {
    const value = values[i] ?? -Infinity;
    if (!Number.isNaN(value)) sum += node.weight * Math.exp(value - top);
  });
  return top + Math.log(sum);
}
