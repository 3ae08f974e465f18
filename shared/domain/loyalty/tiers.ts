import type { QualifyingVisit } from './earning.ts';
import { addMonths, startOfYear } from './local-time.ts';
import { versionAt, type ProgramVersion, type TierMeasure, type TierPeriod } from './program.ts';

export interface TierState {
  /** Index into the levels of the version in force (0 = the lowest tier); -1: no tier. */
  rank: number;
  name: string | null;
  /** The tier the customer qualifies for right now, without what keepMonths holds for them. */
  qualifiedRank: number;
  measure: TierMeasure;
  period: TierPeriod;
  keepMonths: number;
  /** Points, minor units of spend, or visits in the period that ends now. */
  metric: number;
  /** When the tier is only held by keepMonths: the instant it ends unless they qualify again. */
  heldUntil: number | null;
  next: { rank: number; name: string; threshold: number; missing: number } | null;
  /** No change of tier can happen by time passing alone before this instant (null: none can). */
  checkAgainAt: number | null;
}

function upperBound(times: readonly number[], value: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((times[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Prefix sums over a customer's visits, so any window's points, spend and visit days cost
 * O(log n). Each sum is built the first time its measure is asked for: a program measures one.
 */
class Windows {
  readonly times: number[];
  private readonly visits: readonly QualifyingVisit[];
  private points: number[] | null = null;
  private spend: number[] | null = null;
  private dayStarts: number[] | null = null;

  constructor(visits: readonly QualifyingVisit[]) {
    this.visits = visits;
    this.times = new Array<number>(visits.length);
    for (let i = 0; i < visits.length; i++) this.times[i] = visits[i]?.at ?? 0;
  }

  private sums(measure: TierMeasure): number[] {
    const cached = measure === 'points' ? this.points : measure === 'spend' ? this.spend : this.dayStarts;
    if (cached) return cached;
    const visits = this.visits;
    const sums = new Array<number>(visits.length + 1);
    sums[0] = 0;
    let total = 0;
    for (let i = 0; i < visits.length; i++) {
      const visit = visits[i];
      if (!visit) continue;
      if (measure === 'points') total += visit.points;
      else if (measure === 'spend') total += visit.amountMinor;
      else if (i === 0 || visits[i - 1]?.day !== visit.day) total += 1;
      sums[i + 1] = total;
    }
    if (measure === 'points') this.points = sums;
    else if (measure === 'spend') this.spend = sums;
    else this.dayStarts = sums;
    return sums;
  }

  /** The measure over visits strictly after `after` and up to `upTo`. */
  measure(measure: TierMeasure, after: number, upTo: number): number {
    const low = upperBound(this.times, after);
    const high = upperBound(this.times, upTo);
    if (high <= low) return 0;
    const sums = this.sums(measure);
    if (measure !== 'visits') return Math.max(0, (sums[high] ?? 0) - (sums[low] ?? 0));
    const firstIsDayStart = low === 0 || this.visits[low - 1]?.day !== this.visits[low]?.day;
    return (sums[high] ?? 0) - (sums[low] ?? 0) + (firstIsDayStart ? 0 : 1);
  }
}

/** Where a period ending at `at` starts (exclusive): 12 months back, or just before 1 January. */
function periodStart(period: TierPeriod, at: number): number {
  return period === 'rolling12' ? addMonths(at, -12) : startOfYear(at) - 1;
}

/** When a visit stops counting towards its period. */
function periodExit(period: TierPeriod, at: number): number {
  return period === 'rolling12' ? addMonths(at, 12) : startOfYear(addMonths(startOfYear(at), 12));
}

function qualified(versions: readonly ProgramVersion[], windows: Windows, at: number) {
  const version = versionAt(versions, at);
  if (!version) return { rank: -1, metric: 0 };
  const { measure, period, levels } = version.program.tiers;
  const metric = windows.measure(measure, periodStart(period, at), at);
  let rank = -1;
  for (let index = 0; index < levels.length; index++) {
    if ((levels[index]?.threshold ?? Number.POSITIVE_INFINITY) <= metric) rank = index;
  }
  return { rank, metric };
}

/**
 * A customer's tier at an instant: the best tier they qualified for at any moment of the last
 * keepMonths (or now, with 0), each moment judged by the version in force then. Qualification
 * only changes when a visit happens, when one leaves its period, or when a version takes effect,
 * so those moments are the only ones looked at.
 */
export function tierAt(
  versions: readonly ProgramVersion[],
  visits: readonly QualifyingVisit[],
  at: number,
): TierState {
  const version = versionAt(versions, at);
  const tiers = version?.program.tiers ?? {
    measure: 'points',
    period: 'rolling12',
    keepMonths: 0,
    levels: [],
  };
  const windows = new Windows(visits);
  const now = qualified(versions, windows, at);
  const keep = tiers.keepMonths;
  const from = keep > 0 ? addMonths(at, -keep) : at;

  const moments = [from, at];
  const lookBack = addMonths(from, -12);
  for (let i = upperBound(windows.times, lookBack); i < windows.times.length; i++) {
    const visitAt = windows.times[i] ?? 0;
    if (visitAt > at) break;
    if (visitAt > from) moments.push(visitAt);
    const exit = periodExit(versionAt(versions, visitAt)?.program.tiers.period ?? 'rolling12', visitAt);
    if (exit > from && exit <= at) moments.push(exit);
  }
  for (const v of versions)
    if (v.effectiveFrom > from && v.effectiveFrom <= at) moments.push(v.effectiveFrom);
  moments.sort((a, b) => a - b);
  // Each moment once, in time order.
  const sorted = moments.filter((moment, index) => index === 0 || moments[index - 1] !== moment);
  const ranks = sorted.map((moment) => qualified(versions, windows, moment).rank);
  const best = Math.min(Math.max(...ranks, now.rank), tiers.levels.length - 1);

  let heldUntil: number | null = null;
  if (best > now.rank) {
    // The stretch that earned the tier ends at the next moment after its last qualifying one.
    const last = ranks.findLastIndex((rank) => rank >= best);
    const ended = sorted[last + 1] ?? at;
    heldUntil = addMonths(ended, keep);
  }
  const nextLevel = tiers.levels[best + 1];
  const next = nextLevel
    ? {
        rank: best + 1,
        name: nextLevel.name,
        threshold: nextLevel.threshold,
        missing: nextLevel.threshold - now.metric,
      }
    : null;

  const checks: number[] = [];
  if (heldUntil !== null) checks.push(heldUntil);
  const windowStart = periodStart(tiers.period, at);
  const firstInWindow = upperBound(windows.times, windowStart);
  const oldest = windows.times[firstInWindow];
  if (oldest !== undefined && oldest <= at) checks.push(periodExit(tiers.period, oldest));
  const upcoming = versions.find((v) => v.effectiveFrom > at);
  if (upcoming) checks.push(upcoming.effectiveFrom);

  return {
    rank: best,
    name: best >= 0 ? (tiers.levels[best]?.name ?? null) : null,
    qualifiedRank: now.rank,
    measure: tiers.measure,
    period: tiers.period,
    keepMonths: keep,
    metric: now.metric,
    heldUntil,
    next,
    checkAgainAt: checks.length > 0 ? Math.min(...checks) : null,
  };
}
