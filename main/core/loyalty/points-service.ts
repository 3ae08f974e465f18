import { fullName } from '../../../shared/domain/customer.ts';
import { versionAt } from '../../../shared/domain/loyalty/program.ts';
import type { LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import { loyaltyChannels } from '../../../shared/ipc/channels/loyalty.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { insertLedgerRow, ledgerBalance, readVersions } from '../repos/loyalty-repo.ts';
import { assertStaffCanWork, getCurrentStaffId } from '../services/session.ts';
import { parseOrThrow } from '../validate.ts';
import { reconcileAccounts } from './reconcile.ts';
import { getLoyaltyStatus } from './status-service.ts';
import { recordAudit } from '../services/audit.ts';

interface Decision {
  customerId: string;
  kind: 'redeem' | 'adjust';
  points: number;
  reason: string;
  rewardId: string | null;
  rewardName: string | null;
  staffId: string | null | undefined;
}

/**
 * Records a redemption or an adjustment in one IMMEDIATE transaction: the write lock is taken
 * before the balance is read, so two counters (or the app and the CLI) redeeming at once are
 * serialized and cannot both spend the same points.
 */
function decide(
  ctx: CoreContext,
  describe: (ctx: CoreContext) => Decision,
): { ledgerId: number; status: LoyaltyStatus } {
  let customerId = '';
  const ledgerId = ctx.db
    .transaction((): number => {
      // Read once the write lock is held: a redemption that committed while this one waited is
      // then never "in the future" of this one and left out of its balance.
      const now = ctx.now();
      const decision = describe(ctx);
      customerId = decision.customerId;
      const customer = findCustomerRow(ctx.db, customerId);
      if (!customer) throw notFound('customer', customerId);
      const staffId = decision.staffId === undefined ? getCurrentStaffId(ctx) : decision.staffId;
      if (typeof decision.staffId === 'string') assertStaffCanWork(ctx.db, decision.staffId);
      // Points that expired or were taken back a moment ago must not be spendable.
      reconcileAccounts(ctx.db, [customerId], now);
      // Nor may a row dated later (another till's clock a little ahead) be spent twice: the
      // balance counted is the lower of now's and the whole ledger's.
      const balance = Math.min(
        ledgerBalance(ctx.db, customerId, now),
        ledgerBalance(ctx.db, customerId, Number.MAX_SAFE_INTEGER),
      );
      if (balance + decision.points < 0) {
        const name = fullName({ firstName: customer.first_name, lastName: customer.last_name });
        const what = decision.rewardName ?? 'this redemption';
        throw new AppError(
          'conflict',
          decision.kind === 'redeem'
            ? `Not enough points: ${what} needs ${-decision.points} and ${name} has ${balance} (${-decision.points - balance} more needed).`
            : `points: taking ${-decision.points} would leave ${name} below zero (the balance is ${balance}).`,
          decision.kind === 'redeem' ? undefined : 'points',
        );
      }
      const id = insertLedgerRow(ctx.db, {
        customer_id: customerId,
        kind: decision.kind,
        points: decision.points,
        at: now,
        entry_key: null,
        interaction_id: null,
        reward_id: decision.rewardId,
        reward_name: decision.rewardName,
        reason: decision.reason,
        staff_id: staffId,
        recorded_at: now,
      });
      reconcileAccounts(ctx.db, [customerId], now);
      recordAudit(ctx, {
        action: decision.kind === 'redeem' ? 'reward.redeem' : 'loyalty.adjust',
        subjectType: 'customer',
        subjectId: customerId,
        customerId,
        summary:
          decision.kind === 'redeem'
            ? `Redeemed ${decision.rewardName ?? 'points'} for ${-decision.points} points`
            : `Adjusted points by ${decision.points > 0 ? '+' : ''}${decision.points}`,
        details: {
          points: decision.points,
          reason: decision.reason,
          rewardId: decision.rewardId,
          ledgerId: id,
        },
      });
      return id;
    })
    .immediate();
  ctx.emit('loyalty:changed', { customerIds: [customerId] });
  return { ledgerId, status: getLoyaltyStatus(ctx, customerId) };
}

function requireProgram(ctx: CoreContext) {
  const version = versionAt(readVersions(ctx.db), ctx.now());
  if (!version) {
    throw new AppError(
      'conflict',
      'The shop has no loyalty program yet: set one up in Settings → Loyalty program.',
    );
  }
  return version.program;
}

/** Redeems a reward of the program in force (or a number of points) for the staff member at the counter. */
export function redeemPoints(ctx: CoreContext, input: ChannelInput<'loyalty:redeem'>) {
  const parsed = parseOrThrow(loyaltyChannels['loyalty:redeem'].input, input);
  return decide(ctx, () => {
    const program = requireProgram(ctx);
    let reward: { id: string; name: string; cost: number } | null = null;
    if ('rewardId' in parsed) {
      reward = program.rewards.find((candidate) => candidate.id === parsed.rewardId) ?? null;
      if (!reward) {
        const known = program.rewards.map((candidate) => `${candidate.id} (${candidate.name})`).join(', ');
        throw new AppError(
          'invalid_input',
          `rewardId: ${parsed.rewardId} is not a reward of the program${known ? `; the rewards are ${known}` : ' (it has none)'}`,
          'rewardId',
        );
      }
    }
    const points = reward ? reward.cost : 'points' in parsed ? parsed.points : 0;
    return {
      customerId: parsed.customerId,
      kind: 'redeem',
      points: -points,
      reason: reward ? `Redeemed ${reward.name}` : `Redeemed ${points} points`,
      rewardId: reward?.id ?? null,
      rewardName: reward?.name ?? null,
      staffId: parsed.staffId,
    };
  });
}

/** A manual change of points, with the reason on the row for whoever reads the ledger later. */
export function adjustPoints(ctx: CoreContext, input: ChannelInput<'loyalty:adjust'>) {
  const parsed = parseOrThrow(loyaltyChannels['loyalty:adjust'].input, input);
  return decide(ctx, () => {
    requireProgram(ctx);
    return {
      customerId: parsed.customerId,
      kind: 'adjust',
      points: parsed.points,
      reason: parsed.reason,
      rewardId: null,
      rewardName: null,
      staffId: parsed.staffId,
    };
  });
}
