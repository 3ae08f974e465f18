import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { redactAuditOf } from '../repos/audit-repo.ts';
import { eraseTrashed, setDeletedAt } from '../repos/customer-sets-repo.ts';
import { customerWithMerged } from '../repos/privacy-repo.ts';
import { recordAudit } from './audit.ts';

/**
 * Erases a customer at their request, now, whether live or in the trash, with everyone merged
 * into them: their rows (interactions, tags, consents, field values, merge journal) go, the
 * search index forgets them, and the audit trail's copies of their values are removed. What
 * remains is one entry: a customer was erased, by whom, when. As with purging, freed pages are
 * zeroed (secure_delete) and the write-ahead log is truncated once the transaction is committed.
 */
export function eraseCustomer(ctx: CoreContext, customerId: string): { erasedIds: string[] } {
  const erasedIds = ctx.db.transaction((): string[] => {
    const ids = customerWithMerged(ctx.db, customerId);
    if (ids.length === 0) throw notFound('customer', customerId);
    const now = ctx.now();
    // Only trashed rows can be erased (eraseTrashed's own guard), so live ones go there first.
    setDeletedAt(ctx.db, ids, now);
    eraseTrashed(ctx.db, ids);
    redactAuditOf(ctx.db, ids, now);
    recordAudit(ctx, {
      action: 'customer.erase',
      subjectType: 'customer',
      subjectId: customerId,
      summary:
        ids.length === 1
          ? 'Erased a customer at their request'
          : `Erased a customer at their request, with ${ids.length - 1} record(s) merged into them`,
      details: { customerIds: ids },
    });
    return ids;
  })();
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.emit('customers:changed', { ids: erasedIds });
  ctx.emit('interactions:changed', { customerIds: erasedIds });
  return { erasedIds };
}
