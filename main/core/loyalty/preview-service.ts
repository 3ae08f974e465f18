import { fullName } from '../../../shared/domain/customer.ts';
import { qualifyingVisits } from '../../../shared/domain/loyalty/earning.ts';
import { measureText } from '../../../shared/domain/loyalty/explain.ts';
import { spendPoints, versionAt, type ProgramVersion } from '../../../shared/domain/loyalty/program.ts';
import type { LoyaltyPreview } from '../../../shared/domain/loyalty/status.ts';
import { tierAt } from '../../../shared/domain/loyalty/tiers.ts';
import { formatMinorPlain } from '../../../shared/domain/money.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { liveCustomerIds, readSpendChunks } from './account-inputs.ts';
import { draftVersion } from './program-service.ts';

const EXAMPLES = 8;
const SAMPLE_PURCHASE_MINOR = 2500;

function sampleEarning(version: ProgramVersion | undefined): number {
  if (!version) return 0;
  const { pointsPerVisit, visitMinSpendMinor } = version.program.earn;
  const visit = SAMPLE_PURCHASE_MINOR >= visitMinSpendMinor ? pointsPerVisit : 0;
  return spendPoints(SAMPLE_PURCHASE_MINOR, version.program) + visit;
}

/**
 * What saving a program change would do, computed for every live customer without writing
 * anything: each customer's tier when the change takes effect, with and without it. Reads the
 * interactions a chunk at a time through the covering index, like the full recompute.
 */
export function previewLoyaltyProgram(
  ctx: CoreContext,
  input: ChannelInput<'loyalty:preview'>,
): LoyaltyPreview {
  const { versions, draft } = draftVersion(ctx, input);
  const current = versions.filter((version) => version !== draft);
  const at = draft.effectiveFrom;
  const levelsBefore = versionAt(current, at)?.program.tiers.levels ?? [];
  const levelsAfter = draft.program.tiers.levels;
  const before = new Array<number>(Math.max(levelsBefore.length, levelsAfter.length)).fill(0);
  const after = [...before];
  const changes: { customerId: string; from: number; to: number }[] = [];
  let customers = 0;
  let up = 0;
  let down = 0;
  const ids = liveCustomerIds(ctx.db);
  for (const chunk of readSpendChunks(ctx.db, ids)) {
    for (const inputs of chunk) {
      customers++;
      const known = inputs.interactions.filter((interaction) => interaction.at <= at);
      // Points earned before the change keep their rules, so both sides share them unless a
      // visit is dated at or after the change.
      const visitsBefore = qualifyingVisits(current, known);
      const visitsAfter = known.some((interaction) => interaction.at >= at)
        ? qualifyingVisits(versions, known)
        : visitsBefore;
      const from = tierAt(current, visitsBefore, at).rank;
      const to = tierAt(versions, visitsAfter, at).rank;
      if (from >= 0) before[from] = (before[from] ?? 0) + 1;
      if (to >= 0) after[to] = (after[to] ?? 0) + 1;
      if (from === to) continue;
      if (to > from) up++;
      else down++;
      if (changes.length < EXAMPLES) changes.push({ customerId: inputs.customerId, from, to });
    }
  }
  const nameOf = ctx.db.prepare<[string], { first_name: string; last_name: string }>(
    'SELECT first_name, last_name FROM customers WHERE id = ?',
  );
  const examples = changes.map((change) => {
    const row = nameOf.get(change.customerId);
    return {
      customerId: change.customerId,
      name: row ? fullName({ firstName: row.first_name, lastName: row.last_name }) : change.customerId,
      from: levelsBefore[change.from]?.name ?? null,
      to: levelsAfter[change.to]?.name ?? null,
    };
  });
  const nowEarns = sampleEarning(versionAt(current, at));
  const draftEarns = sampleEarning(draft);
  return {
    effectiveFrom: at,
    customers,
    changed: up + down,
    up,
    down,
    byTier: before.map((count, rank) => ({
      name: levelsAfter[rank]?.name ?? levelsBefore[rank]?.name ?? `Tier ${rank + 1}`,
      before: count,
      after: after[rank] ?? 0,
    })),
    examples,
    earningExample:
      `A purchase of ${formatMinorPlain(SAMPLE_PURCHASE_MINOR)} earns ${measureText('points', nowEarns)} now` +
      (nowEarns === draftEarns
        ? ', the same after the change.'
        : ` and ${measureText('points', draftEarns)} after the change.`),
    earning: { purchaseMinor: SAMPLE_PURCHASE_MINOR, pointsNow: nowEarns, pointsAfter: draftEarns },
  };
}
