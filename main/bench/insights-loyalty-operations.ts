import type { SegmentCondition } from '../../shared/domain/segment.ts';
import type { CoreContext } from '../core/context.ts';
import { localDayOf } from '../../shared/domain/calendar-day.ts';
import { countSegment } from '../core/insights/segments.ts';
import { getTierDistribution } from '../core/insights/tier-distribution.ts';
import { measurePair } from './measure.ts';
import type { Loaded } from './operations.ts';
import { result, type OperationResult } from './report.ts';
import { INSIGHTS_TARGETS } from './insights-operations.ts';

// The insights operations over loyalty, rhythm and the visit model, run once loyalty is installed
// and the model fitted (after the reminders' operations). Times are the shop's own clock.

const atShopTime = (loaded: Loaded, now: number): CoreContext => ({ ...loaded.core.ctx, now: () => now });

/** The dashboard's tier distribution; the baseline joins every account to its customer. */
export function measureTierDistribution(loaded: Loaded, now: number, runs: number): OperationResult {
  const ctx = atShopTime(loaded, now);
  const raw = ctx.db.prepare(`SELECT a.tier_rank, count(*) FROM loyalty_accounts a
    JOIN customers c ON c.id = a.customer_id WHERE c.deleted_at IS NULL GROUP BY a.tier_rank`);
  const pair = measurePair({
    warmup: [0],
    inputs: Array.from({ length: runs }, () => 0),
    project: () => getTierDistribution(ctx),
    baseline: () => raw.all(),
  });
  const tiers = getTierDistribution(ctx);
  const notes =
    tiers.status === 'tiers'
      ? [`${tiers.tiers.map((t) => `${t.name} ${t.customers}`).join(', ')}, no tier ${tiers.noTier}`]
      : [tiers.status];
  return result('dashboard tier distribution', pair, INSIGHTS_TARGETS.figures, notes);
}

/** Live counts of the tier, rhythm and P(alive) conditions, each beside the same count by hand. */
export function measureLoyaltySegmentCounts(loaded: Loaded, now: number, runs: number): OperationResult {
  const ctx = atShopTime(loaded, now);
  const today = localDayOf(now);
  const live = 'JOIN customers c ON c.id = x.customer_id AND c.deleted_at IS NULL';
  const cases: { name: string; conditions: SegmentCondition[]; raw: string }[] = [
    {
      name: 'tier at least Silver',
      conditions: [{ kind: 'tier', op: 'atLeast', tier: 'Silver' }],
      raw: `SELECT count(*) FROM loyalty_accounts x ${live} WHERE x.tier_rank >= 1`,
    },
    {
      name: 'rhythm due',
      conditions: [{ kind: 'rhythm', status: 'due' }],
      raw: `SELECT count(*) FROM customer_rhythm x ${live}
        WHERE x.stop_day > ${today} AND x.overdue_day > ${today} AND x.due_day <= ${today}`,
    },
    {
      name: 'rhythm overdue',
      conditions: [{ kind: 'rhythm', status: 'overdue' }],
      raw: `SELECT count(*) FROM customer_rhythm x ${live} WHERE x.stop_day > ${today} AND x.overdue_day <= ${today}`,
    },
    {
      name: 'single visit',
      conditions: [{ kind: 'rhythm', status: 'singleVisit' }],
      raw: `SELECT count(*) FROM customer_rhythm x ${live} WHERE x.visit_days = 1`,
    },
    {
      name: 'P(alive) below 30%',
      conditions: [{ kind: 'pAlive', op: 'below', percent: 30 }],
      raw: `SELECT count(*) FROM customer_predictions x ${live} WHERE x.p_alive < 0.3`,
    },
    {
      name: 'Gold and overdue and P(alive) below 50%',
      conditions: [
        { kind: 'tier', op: 'is', tier: 'Gold' },
        { kind: 'rhythm', status: 'overdue' },
        { kind: 'pAlive', op: 'below', percent: 50 },
      ],
      raw: `SELECT count(*) FROM loyalty_accounts x ${live}
        JOIN customer_rhythm r ON r.customer_id = x.customer_id
        JOIN customer_predictions p ON p.customer_id = x.customer_id
        WHERE x.tier_rank = 2 AND r.stop_day > ${today} AND r.overdue_day <= ${today} AND p.p_alive < 0.5`,
    },
  ];
  const statements = cases.map((c) => ctx.db.prepare(c.raw).pluck());
  const count = (index: number) =>
    countSegment(ctx, { filter: { match: 'all', conditions: cases[index]?.conditions ?? [] } }).count;
  const inputs = Array.from({ length: runs }, (_, index) => index % cases.length);
  const pair = measurePair({
    warmup: cases.map((_, index) => index),
    inputs,
    project: count,
    baseline: (index) => statements[index]?.get(),
  });
  const notes = cases.map((c, index) => {
    const ours = pair.samples.project.filter((_, i) => inputs[i] === index);
    const theirs = pair.samples.baseline.filter((_, i) => inputs[i] === index);
    const same = count(index) === statements[index]?.get() ? '' : ' (COUNTS DIFFER)';
    return `${c.name}: ${count(index)} customers${same}, project max ${Math.max(...ours).toFixed(1)} ms, baseline max ${Math.max(...theirs).toFixed(1)} ms`;
  });
  return result('segment live count (tier, rhythm, P(alive))', pair, INSIGHTS_TARGETS.segmentCount, notes);
}
