import { formatMinorPlain } from '../money.ts';
import { dayText, localDay } from './local-time.ts';
import type { LoyaltyProgram, TierMeasure, TierPeriod } from './program.ts';
import type { TierState } from './tiers.ts';

// The words the customer page and the CLI use, so the shop explains a status the same way everywhere.

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function measureText(measure: TierMeasure, value: number): string {
  if (measure === 'points') return count(value, 'point', 'points');
  if (measure === 'visits') return count(value, 'visit', 'visits');
  return `${formatMinorPlain(value)} spent`;
}

/** "40 points to Gold", "12.50 to Gold", "2 visits to Gold". */
export function progressText(measure: TierMeasure, next: { name: string; missing: number }): string {
  const missing = measure === 'spend' ? formatMinorPlain(next.missing) : measureText(measure, next.missing);
  return `${missing} to ${next.name}`;
}

export function periodText(period: TierPeriod): string {
  return period === 'rolling12' ? 'in the last 12 months' : 'this calendar year';
}

export const dateText = (at: number) => dayText(localDay(at));

/** How points are earned, rounding included: shown beside the balance and in Settings. */
export function earningText(program: LoyaltyProgram): string {
  const { pointsPerUnit, spendUnitMinor, pointsPerVisit, visitMinSpendMinor } = program.earn;
  const parts: string[] = [];
  if (pointsPerUnit > 0) {
    parts.push(
      `${count(pointsPerUnit, 'point', 'points')} per ${formatMinorPlain(spendUnitMinor)} spent, rounded down on each purchase`,
    );
  }
  if (pointsPerVisit > 0) {
    const minimum =
      visitMinSpendMinor > 0 ? ` spending at least ${formatMinorPlain(visitMinSpendMinor)}` : '';
    parts.push(`${count(pointsPerVisit, 'point', 'points')} per day with a visit${minimum}`);
  }
  return parts.length === 0 ? 'Nothing earns points.' : `Earns ${parts.join(', and ')}.`;
}

/** The tier and the points, in sentences. */
export function explainStatus(input: {
  tier: TierState;
  balance: number;
  nextExpiryAt: number | null;
  levels: readonly { name: string; threshold: number }[];
}): string[] {
  const { tier, balance, nextExpiryAt, levels } = input;
  const lines: string[] = [];
  const now = `${measureText(tier.measure, tier.metric)} ${periodText(tier.period)}`;
  const needs = (rank: number) => {
    const level = levels[rank];
    return level ? `${level.name} needs ${measureText(tier.measure, level.threshold)}` : '';
  };
  if (levels.length === 0) {
    lines.push('The program has no tiers.');
  } else if (tier.rank < 0) {
    lines.push(`No tier yet: ${now}; ${needs(0)}.`);
  } else if (tier.heldUntil !== null) {
    lines.push(
      `${tier.name} until ${dateText(tier.heldUntil)}: reached earlier and kept for ${count(tier.keepMonths, 'month', 'months')}; ` +
        `now ${now} (${needs(tier.rank)}).`,
    );
  } else {
    lines.push(`${tier.name}: ${now}; ${needs(tier.rank)}.`);
  }
  if (tier.next && levels.length > 0) lines.push(`${progressText(tier.measure, tier.next)}.`);
  lines.push(`${count(balance, 'point', 'points')} to spend.`);
  if (nextExpiryAt !== null) {
    lines.push(`Unless the customer visits again, the points expire on ${dateText(nextExpiryAt)}.`);
  }
  return lines;
}
