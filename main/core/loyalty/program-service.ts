import { localDay } from '../../../shared/domain/loyalty/local-time.ts';
import {
  sortVersions,
  versionAt,
  type LoyaltyProgram,
  type ProgramVersion,
  type ProgramVersionView,
} from '../../../shared/domain/loyalty/program.ts';
import { loyaltyChannels, programChangeSchema } from '../../../shared/ipc/channels/loyalty.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { insertVersion, readVersionRows, readVersions } from '../repos/loyalty-repo.ts';
import { getCurrentStaffId } from '../services/session.ts';
import { parseOrThrow } from '../validate.ts';
import { liveCustomerIds } from './account-inputs.ts';
import { reconcileAccounts } from './reconcile.ts';
import { recordAudit } from '../services/audit.ts';

export function getLoyaltyProgram(ctx: CoreContext): {
  current: number | null;
  versions: ProgramVersionView[];
} {
  const versions = readVersionRows(ctx.db).map((row) => ({
    version: row.version,
    effectiveFrom: row.effective_from,
    createdAt: row.created_at,
    program: JSON.parse(row.definition) as LoyaltyProgram,
  }));
  return { current: versionAt(sortVersions(versions), ctx.now())?.version ?? null, versions };
}

/**
 * The instant a change takes effect: now when omitted or earlier today, refused when it is on an
 * earlier day, because a program change never rewrites history.
 */
function effectiveFromOf(ctx: CoreContext, requested: number | undefined): number {
  const now = ctx.now();
  if (requested === undefined || requested >= now) return requested ?? now;
  if (localDay(requested) === localDay(now)) return now;
  throw new AppError(
    'invalid_input',
    'effectiveFrom: must be today or later; a program change never rewrites points already earned',
    'effectiveFrom',
  );
}

/** Rewards keep their ids across versions; new ones get the next free "rN". */
function withRewardIds(
  program: ChannelInput<'loyalty:setProgram'>['program'],
  versions: readonly ProgramVersion[],
): LoyaltyProgram {
  const parsed = parseOrThrow(programChangeSchema.shape.program, program);
  const known = new Set(versions.flatMap((version) => version.program.rewards.map((reward) => reward.id)));
  let next = Math.max(0, ...[...known].map((id) => Number(id.slice(1)))) + 1;
  const rewards = parsed.rewards.map((reward, index) => {
    if (reward.id !== undefined && !known.has(reward.id)) {
      throw new AppError(
        'invalid_input',
        `rewards.${index}.id: ${reward.id} is not a reward of the program; leave the id out for a new reward`,
        `rewards.${index}.id`,
      );
    }
    return { id: reward.id ?? `r${next++}`, name: reward.name, cost: reward.cost };
  });
  return { ...parsed, rewards };
}

export interface DraftVersion {
  versions: ProgramVersion[];
  draft: ProgramVersion;
}

/** The program history with the change added, checked but not saved. */
export function draftVersion(ctx: CoreContext, input: ChannelInput<'loyalty:preview'>): DraftVersion {
  const parsed = parseOrThrow(programChangeSchema, input);
  const versions = readVersions(ctx.db);
  const draft: ProgramVersion = {
    version: Math.max(0, ...versions.map((version) => version.version)) + 1,
    effectiveFrom: effectiveFromOf(ctx, parsed.effectiveFrom),
    program: withRewardIds(parsed.program, versions),
  };
  return { versions: sortVersions([...versions, draft]), draft };
}

/**
 * Saves a new version of the program and brings every live customer's ledger, balance and tier
 * in line with it, in one transaction. Earlier versions stay as they were: points already earned
 * keep the rules they were earned under.
 */
export function setLoyaltyProgram(ctx: CoreContext, input: ChannelInput<'loyalty:setProgram'>) {
  parseOrThrow(loyaltyChannels['loyalty:setProgram'].input, input);
  const now = ctx.now();
  const result = ctx.db
    .transaction(() => {
      const { draft } = draftVersion(ctx, input);
      const version = insertVersion(ctx.db, {
        effective_from: draft.effectiveFrom,
        definition: JSON.stringify(draft.program),
        created_at: now,
        created_by: getCurrentStaffId(ctx),
      });
      const outcome = reconcileAccounts(ctx.db, liveCustomerIds(ctx.db), now);
      recordAudit(ctx, {
        action: 'loyalty.setProgram',
        subjectType: 'loyaltyProgram',
        subjectId: String(version),
        summary: `Changed the loyalty program (version ${version}, from ${new Date(draft.effectiveFrom).toISOString().slice(0, 10)}); ${outcome.changedIds.length} customers changed`,
        details: { version, effectiveFrom: draft.effectiveFrom, program: draft.program },
      });
      return {
        version: { version, effectiveFrom: draft.effectiveFrom, createdAt: now, program: draft.program },
        changedCustomers: outcome.changedIds.length,
      };
    })
    .immediate();
  ctx.emit('loyalty:changed', { customerIds: [] });
  return result;
}

/** Replays every live customer from scratch and appends whatever the ledger lacks. */
export function recomputeLoyalty(ctx: CoreContext) {
  const result = ctx.db
    .transaction(() => {
      const ids = liveCustomerIds(ctx.db);
      const outcome = reconcileAccounts(ctx.db, ids, ctx.now());
      recordAudit(ctx, {
        action: 'loyalty.recompute',
        subjectType: 'loyaltyProgram',
        subjectId: '',
        summary: `Recomputed every customer's points: ${outcome.changedIds.length} changed, ${outcome.appended} ledger rows added`,
      });
      return {
        customers: ids.length,
        changedCustomers: outcome.changedIds.length,
        appended: outcome.appended,
      };
    })
    .immediate();
  if (result.changedCustomers > 0) ctx.emit('loyalty:changed', { customerIds: [] });
  return result;
}
