import { customerChannels } from '../../../shared/ipc/channels/customers.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  addTagTo,
  countStates,
  refreshSearchExtraOf,
  removeTagFrom,
  tagIdOf,
} from '../repos/customer-sets-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { getCurrentStaffId } from './session.ts';
import { recordAudit } from './audit.ts';

/** "3 of the selected customers no longer exist": the refusal when a selection went stale. */
export function goneMessage(missing: number, selected: number): string {
  if (selected === 1)
    return 'The selected customer no longer exists (deleted or merged); nothing was changed.';
  const verb = missing === 1 ? 'exists' : 'exist';
  return `${missing} of the selected customers no longer ${verb} (deleted or merged); nothing was changed.`;
}

/** Refuses the whole selection when any id is not a live customer, so a stale list changes nothing. */
export function assertAllLive(ctx: CoreContext, ids: readonly string[]): void {
  const { live } = countStates(ctx.db, ids);
  if (live < ids.length) throw new AppError('not_found', goneMessage(ids.length - live, ids.length), 'ids');
}

/**
 * Tags or untags many customers in a few set-based statements. Returns only the customers that
 * actually changed (those that already had, or lacked, the tag are left out), so undo is the
 * opposite action on exactly these ids.
 */
export function bulkTag(
  ctx: CoreContext,
  input: ChannelInput<'customers:bulkTag'>,
): { changedIds: string[] } {
  const { ids, tag, action } = parseOrThrow(customerChannels['customers:bulkTag'].input, input);
  const unique = [...new Set(ids)];
  const changedIds = ctx.db.transaction((): string[] => {
    assertAllLive(ctx, unique);
    const tagId = tagIdOf(ctx.db, tag, action === 'add');
    if (tagId === undefined) return [];
    const changed = new Set(
      action === 'add' ? addTagTo(ctx.db, unique, tagId) : removeTagFrom(ctx.db, unique, tagId),
    );
    const inOrder = unique.filter((id) => changed.has(id));
    if (inOrder.length > 0) {
      refreshSearchExtraOf(ctx.db, inOrder, ctx.now(), getCurrentStaffId(ctx));
      recordAudit(ctx, {
        action: 'customer.bulkTag',
        subjectType: 'tag',
        subjectId: tag,
        summary: `${action === 'add' ? 'Tagged' : 'Untagged'} ${inOrder.length} customer${inOrder.length === 1 ? '' : 's'} "${tag}"`,
        details: { tag, action, customerIds: inOrder },
      });
    }
    return inOrder;
  })();
  if (changedIds.length > 0) ctx.emit('customers:changed', { ids: changedIds });
  return { changedIds };
}
