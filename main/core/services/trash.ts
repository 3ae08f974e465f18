import type { TrashedCustomer } from '../../../shared/domain/customer.ts';
import { customerChannels } from '../../../shared/ipc/channels/customers.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  countStates,
  countTrash,
  eraseTrashed,
  listTrash,
  setDeletedAt,
  trashedBefore,
} from '../repos/customer-sets-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { assertAllLive, goneMessage } from './bulk-tags.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { recordAudit } from './audit.ts';
import { redactAuditOf } from '../repos/audit-repo.ts';

const customersWord = (count: number) => (count === 1 ? 'a customer' : `${count} customers`);

/** How long a deleted customer waits in the trash before it is erased when Regulars opens. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

function emitChanged(ctx: CoreContext, ids: string[]): void {
  if (ids.length === 0) return;
  ctx.emit('customers:changed', { ids });
  // Their interactions leave (or come back to) every list along with them.
  ctx.emit('interactions:changed', { customerIds: ids });
}

/** Refuses unless every id is in the trash; `what` says what is about to happen to them. */
function assertAllTrashed(ctx: CoreContext, ids: readonly string[], what: string): void {
  const { live, trashed } = countStates(ctx.db, ids);
  const missing = ids.length - live - trashed;
  if (missing > 0) throw new AppError('not_found', goneMessage(missing, ids.length), 'ids');
  if (live > 0) {
    const subject =
      ids.length === 1
        ? 'The selected customer is'
        : `${live} of the selected customers ${live === 1 ? 'is' : 'are'}`;
    throw new AppError(
      'conflict',
      `${subject} not in the trash; only customers in the trash can be ${what}.`,
      'ids',
    );
  }
}

/** Moves customers, with all their history, to the trash. */
export function deleteCustomers(
  ctx: CoreContext,
  input: ChannelInput<'customers:delete'>,
): { deletedIds: string[] } {
  const { ids } = parseOrThrow(customerChannels['customers:delete'].input, input);
  const unique = [...new Set(ids)];
  const deletedIds = ctx.db.transaction((): string[] => {
    assertAllLive(ctx, unique);
    const deleted = setDeletedAt(ctx.db, unique, ctx.now());
    recordAudit(ctx, {
      action: 'customer.delete',
      subjectType: 'customer',
      subjectId: deleted.length === 1 ? (deleted[0] ?? '') : '',
      summary: `Moved ${customersWord(deleted.length)} to the trash`,
      details: { customerIds: deleted },
    });
    return deleted;
  })();
  emitChanged(ctx, deletedIds);
  return { deletedIds };
}

export function restoreCustomers(
  ctx: CoreContext,
  input: ChannelInput<'customers:restore'>,
): { restoredIds: string[] } {
  const { ids } = parseOrThrow(customerChannels['customers:restore'].input, input);
  const unique = [...new Set(ids)];
  const restoredIds = ctx.db.transaction((): string[] => {
    assertAllTrashed(ctx, unique, 'restored');
    // Bringing one back by hand would leave its merge journal pointing at a customer that no
    // longer looks merged; undoing the merge restores it exactly instead.
    const { merged } = countStates(ctx.db, unique);
    if (merged > 0) {
      const subject =
        unique.length === 1
          ? 'The selected customer was'
          : `${merged} of the selected customers ${merged === 1 ? 'was' : 'were'}`;
      throw new AppError(
        'conflict',
        `${subject} merged into another customer; undo the merge to bring them back.`,
        'ids',
      );
    }
    const restored = setDeletedAt(ctx.db, unique, null);
    // Points may have expired, or a tier ended, while they were away: their ledger catches up.
    reconcileAccounts(ctx.db, restored, ctx.now());
    recordAudit(ctx, {
      action: 'customer.restore',
      subjectType: 'customer',
      subjectId: restored.length === 1 ? (restored[0] ?? '') : '',
      summary: `Restored ${customersWord(restored.length)} from the trash`,
      details: { customerIds: restored },
    });
    return restored;
  })();
  emitChanged(ctx, restoredIds);
  return { restoredIds };
}

/** The trash, most recently deleted first. */
export function listTrashedCustomers(
  ctx: CoreContext,
  input: ChannelInput<'customers:trash'>,
): { items: TrashedCustomer[]; total: number } {
  const { limit, offset } = parseOrThrow(customerChannels['customers:trash'].input, input);
  return { items: listTrash(ctx.db, limit, offset), total: countTrash(ctx.db) };
}

/**
 * Erases trashed customers for good: the given ones (all must be in the trash), or every one
 * trashed at least `olderThanDays` ago. Nothing of them stays: rows, search tokens (the index is
 * optimized), freed pages (secure_delete zeroes them) and the write-ahead log (checkpointed and
 * truncated once the transaction is committed).
 */
export function purgeCustomers(ctx: CoreContext, input: ChannelInput<'customers:purge'>): { purged: number } {
  const parsed = parseOrThrow(customerChannels['customers:purge'].input, input);
  const ids = ctx.db.transaction((): string[] => {
    let chosen: string[];
    if ('ids' in parsed) {
      chosen = [...new Set(parsed.ids)];
      assertAllTrashed(ctx, chosen, 'purged');
    } else {
      chosen = trashedBefore(ctx.db, ctx.now() - parsed.olderThanDays * DAY_MS);
    }
    if (chosen.length > 0) {
      eraseTrashed(ctx.db, chosen);
      // Purging really erases: the trail keeps that it happened, not what they were.
      redactAuditOf(ctx.db, chosen, ctx.now());
      recordAudit(ctx, {
        action: 'customer.purge',
        subjectType: 'customer',
        subjectId: chosen.length === 1 ? (chosen[0] ?? '') : '',
        summary: `Erased ${customersWord(chosen.length)} from the trash for good`,
        details: { customerIds: chosen },
      });
    }
    return chosen;
  })();
  if (ids.length === 0) return { purged: 0 };
  // Outside the transaction: a checkpoint cannot run inside one. TRUNCATE leaves an empty log,
  // so the pages that held the customer are gone from the -wal file too.
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  emitChanged(ctx, ids);
  return { purged: ids.length };
}

/** Run when the core opens: the trash keeps a customer for TRASH_DAYS, then erases it. */
export function purgeExpiredTrash(ctx: CoreContext): { purged: number } {
  return purgeCustomers(ctx, { olderThanDays: TRASH_DAYS });
}
