import type { TierDistribution } from '../../../shared/domain/insights-tiers.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { levelsInForce } from './loyalty-rhythm-conditions.ts';

interface RankCount {
  rank: number;
  n: number;
}

/**
 * Customers per tier of the program in force now, from loyalty_accounts (kept by every reconcile
 * and the hourly sweep). The accounts are counted whole and the few in the trash taken off
 * through customers_in_trash: joining every account to its customer would read 100k rows.
 */
export function getTierDistribution(ctx: CoreContext): TierDistribution {
  const program = levelsInForce(ctx.db, ctx.now());
  if (!program) return { status: 'noProgram' };
  if (program.levels.length === 0) return { status: 'noTiers', programVersion: program.version };
  return ctx.db.transaction((): TierDistribution => {
    const all = prepared<[], RankCount>(
      ctx.db,
      'SELECT tier_rank AS rank, count(*) AS n FROM loyalty_accounts WHERE tier_rank >= 0 GROUP BY tier_rank',
    ).all();
    const trashed = prepared<[], RankCount>(
      ctx.db,
      `SELECT a.tier_rank AS rank, count(*) AS n
       FROM customers c INDEXED BY customers_in_trash JOIN loyalty_accounts a ON a.customer_id = c.id
       WHERE c.deleted_at IS NOT NULL AND a.tier_rank >= 0 GROUP BY a.tier_rank`,
    ).all();
    const live =
      prepared<[], { value: number }>(
        ctx.db,
        "SELECT value FROM counters WHERE name = 'live_customers'",
      ).get()?.value ?? 0;
    const byRank = new Map<number, number>();
    for (const row of all) byRank.set(row.rank, row.n);
    for (const row of trashed) byRank.set(row.rank, (byRank.get(row.rank) ?? 0) - row.n);
    const tiered = [...byRank.values()].reduce((sum, n) => sum + n, 0);
    return {
      status: 'tiers',
      programVersion: program.version,
      measure: program.measure,
      tiers: program.levels.map((level, rank) => ({
        rank,
        name: level.name,
        threshold: level.threshold,
        customers: byRank.get(rank) ?? 0,
      })),
      noTier: live - tiered,
      customers: live,
    };
  })();
}
