import { computeEarnings } from '../../../shared/domain/loyalty/earning.ts';
import { explainStatus } from '../../../shared/domain/loyalty/explain.ts';
import { simulateLedger } from '../../../shared/domain/loyalty/ledger-simulation.ts';
import { versionAt } from '../../../shared/domain/loyalty/program.ts';
import type { LedgerRow, LoyaltyStatus, TierChange } from '../../../shared/domain/loyalty/status.ts';
import { tierAt } from '../../../shared/domain/loyalty/tiers.ts';
import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import {
  readDecisions,
  readEarningInteractions,
  readLedger,
  readTierChanges,
  readVersions,
} from '../repos/loyalty-repo.ts';
import { factsOf } from './account-plan.ts';

function isLiveCustomer(db: Db, customerId: string): boolean {
  return (
    prepared<[string], { id: string }>(
      db,
      'SELECT id FROM customers WHERE id = ? AND deleted_at IS NULL',
    ).get(customerId) !== undefined
  );
}

/**
 * A customer's loyalty at an instant (default now), computed from the program history, the
 * decisions in the ledger and the interactions up to then. It reads only: the balance equals
 * the ledger's sum because every write reconciles the ledger before it commits.
 */
export function getLoyaltyStatus(ctx: CoreContext, customerId: string, asOf?: number): LoyaltyStatus {
  const at = asOf ?? ctx.now();
  const versions = readVersions(ctx.db);
  if (!isLiveCustomer(ctx.db, customerId)) throw notFound('customer', customerId);
  // The replay's inputs only: the interactions and the decisions, both read from covering indexes.
  const earnings = computeEarnings(
    versions,
    readEarningInteractions(ctx.db, customerId).filter((interaction) => interaction.at <= at),
  );
  const simulation = simulateLedger({
    versions,
    entries: earnings.entries,
    visits: earnings.visits,
    facts: factsOf(readDecisions(ctx.db, customerId)),
    asOf: at,
  });
  const tier = tierAt(versions, earnings.visits, at);
  const version = versionAt(versions, at);
  const levels = version?.program.tiers.levels ?? [];
  const named = (rank: number) => {
    const level = levels[rank];
    return level ? { rank, name: level.name } : null;
  };
  return {
    customerId,
    asOf: at,
    enrolled: version !== undefined,
    programVersion: version?.version ?? null,
    balance: simulation.balance,
    tier: named(tier.rank),
    qualifiedTier: named(tier.qualifiedRank),
    measure: tier.measure,
    period: tier.period,
    keepMonths: tier.keepMonths,
    metric: tier.metric,
    heldUntil: tier.heldUntil,
    nextTier: tier.next
      ? { name: tier.next.name, threshold: tier.next.threshold, missing: tier.next.missing }
      : null,
    nextExpiryAt: simulation.nextExpiryAt,
    rewards: (version?.program.rewards ?? []).map((reward) => ({
      ...reward,
      affordable: reward.cost <= simulation.balance,
    })),
    explanation: version
      ? explainStatus({ tier, balance: simulation.balance, nextExpiryAt: simulation.nextExpiryAt, levels })
      : ['The shop has no loyalty program yet.'],
  };
}

/** The ledger newest first, each row with the balance right after it, and the tier changes. */
export function getLoyaltyLedger(
  ctx: CoreContext,
  customerId: string,
  limit: number,
): { rows: LedgerRow[]; tierChanges: TierChange[] } {
  if (!isLiveCustomer(ctx.db, customerId)) throw notFound('customer', customerId);
  let balance = 0;
  const rows = readLedger(ctx.db, customerId).map((row): LedgerRow => {
    balance += row.points;
    return {
      id: row.id,
      kind: row.kind,
      points: row.points,
      at: row.at,
      recordedAt: row.recorded_at,
      balanceAfter: balance,
      interactionId: row.interaction_id,
      rewardId: row.reward_id,
      rewardName: row.reward_name,
      reason: row.reason,
      staffId: row.staff_id,
    };
  });
  const tierChanges = readTierChanges(ctx.db, customerId, 100).map((change): TierChange => ({
    at: change.at,
    fromName: change.from_name,
    toName: change.to_name,
    direction: change.to_rank > change.from_rank ? 'up' : 'down',
    reason: change.reason,
  }));
  return { rows: rows.reverse().slice(0, limit), tierChanges };
}
