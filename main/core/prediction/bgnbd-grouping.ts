import type { RepeatHistory } from './bgnbd-likelihood.ts';

// Customers prepared for the likelihood: most of log L is linear in per-x and per-T quantities,
// so those parts are summed per distinct value; only repeat customers keep a term of their own,
// one per distinct (x, t_x, T). A generator, so a background fit can pause between chunks.

/** Customers handled between two pauses. */
const CHUNK = 20_000;

/**
 * Customers prepared for many evaluations of the total likelihood. Most of log L is linear in
 * per-x and per-T quantities, so those parts are summed per distinct x (log Γ, log B) and per
 * distinct time (log(α + T)); only customers with a repeat visit keep a term of their own, one per
 * distinct (x, t_x, T). With visits counted in whole days, 100k customers share a few thousand
 * x and time values.
 */
export interface GroupedHistories {
  customers: number;
  repeatCustomers: number;
  meanX: number;
  meanT: number;
  /** Distinct x values, ascending, and how many customers have each. */
  xs: Float64Array;
  xWeight: Float64Array;
  /** Distinct times (every t_x and T), ascending. */
  times: Float64Array;
  /** Per time: customers with that T, and the sum of their x (the coefficients of log(α + T)). */
  tWeight: Float64Array;
  tWeightX: Float64Array;
  /** One entry per distinct (x, t_x, T) with x > 0: indexes into xs and times, and the count. */
  repeatX: Int32Array;
  repeatTx: Int32Array;
  repeatT: Int32Array;
  repeatWeight: Float64Array;
}

function sortedIndex(values: Float64Array): { distinct: Float64Array; indexOf: Map<number, number> } {
  const distinct = Float64Array.from(new Set(values)).sort();
  return { distinct, indexOf: new Map(Array.from(distinct, (value, index) => [value, index])) };
}

/**
 * Groups in a canonical order (by x, then t_x, then T), so the same customers in any order give
 * the very same sums, bit for bit, and so the very same fit.
 */
export function* groupHistoriesSteps(list: readonly RepeatHistory[]): Generator<void, GroupedHistories> {
  const n = list.length;
  const X = new Float64Array(n);
  const TX = new Float64Array(n);
  const TT = new Float64Array(n);
  list.forEach(({ x, tx, T }, i) => {
    if (!(x >= 0 && tx >= 0 && T >= tx)) throw new RangeError(`impossible history x=${x} t_x=${tx} T=${T}`);
    X[i] = x;
    TX[i] = x === 0 ? 0 : tx;
    TT[i] = T;
  });
  yield;
  const xIndex = sortedIndex(X);
  const timeIndex = sortedIndex(Float64Array.from([...TX, ...TT]));
  yield;
  const xWeight = new Float64Array(xIndex.distinct.length);
  const tWeight = new Float64Array(timeIndex.distinct.length);
  const tWeightX = new Float64Array(timeIndex.distinct.length);
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < n; i++) {
    const x = X[i] ?? 0;
    const t = timeIndex.indexOf.get(TT[i] ?? 0) ?? 0;
    const k = xIndex.indexOf.get(x) ?? 0;
    xWeight[k] = (xWeight[k] ?? 0) + 1;
    tWeight[t] = (tWeight[t] ?? 0) + 1;
    tWeightX[t] = (tWeightX[t] ?? 0) + x;
    sumX += x;
    sumT += TT[i] ?? 0;
    if (i % CHUNK === CHUNK - 1) yield;
  }
  // Each repeat customer as one number (x index, t_x index, T index in mixed radix): a native
  // numeric sort then brings identical histories together, in a canonical order.
  const nt = timeIndex.distinct.length;
  const keys: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((X[i] ?? 0) === 0) continue;
    const xi = xIndex.indexOf.get(X[i] ?? 0) ?? 0;
    const txi = timeIndex.indexOf.get(TX[i] ?? 0) ?? 0;
    keys.push((xi * nt + txi) * nt + (timeIndex.indexOf.get(TT[i] ?? 0) ?? 0));
    if (i % CHUNK === CHUNK - 1) yield;
  }
  const sortedKeys = Float64Array.from(keys).sort();
  yield;
  const groups = { x: [] as number[], tx: [] as number[], t: [] as number[], w: [] as number[] };
  let previous = -1;
  for (const key of sortedKeys) {
    if (key === previous) {
      groups.w[groups.w.length - 1] = (groups.w.at(-1) ?? 0) + 1;
      continue;
    }
    previous = key;
    const t = key % nt;
    const rest = (key - t) / nt;
    const tx = rest % nt;
    groups.x.push((rest - tx) / nt);
    groups.tx.push(tx);
    groups.t.push(t);
    groups.w.push(1);
  }
  return {
    customers: n,
    repeatCustomers: keys.length,
    meanX: n === 0 ? 0 : sumX / n,
    meanT: n === 0 ? 0 : sumT / n,
    xs: xIndex.distinct,
    xWeight,
    times: timeIndex.distinct,
    tWeight,
    tWeightX,
    repeatX: Int32Array.from(groups.x),
    repeatTx: Int32Array.from(groups.tx),
    repeatT: Int32Array.from(groups.t),
    repeatWeight: Float64Array.from(groups.w),
  };
}

/** The grouping in one call. */
export function groupHistories(histories: Iterable<RepeatHistory>): GroupedHistories {
  const steps = groupHistoriesSteps(
    Array.isArray(histories) ? (histories as RepeatHistory[]) : [...histories],
  );
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
