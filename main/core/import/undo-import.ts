import { fullName } from '../../../shared/domain/customer.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { AppError, notFound } from '../errors.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { eraseTrashed, setDeletedAt } from '../repos/customer-sets-repo.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { restoreCustomerChildren, writeCustomerRow, type CustomerState } from '../repos/merge-repo.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import { recordAudit } from '../services/audit.ts';

interface DbImport {
  seq: number;
  id: string;
  imported_at: number;
  created_tags: string;
  undone_at: number | null;
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

function refuse(message: string): never {
  throw new AppError('conflict', `This import cannot be undone: ${message}`);
}

function customersNamed(db: Db, ids: readonly string[], where: string): DbCustomer[] {
  return prepared<[string], DbCustomer>(db, `SELECT * FROM customers WHERE id ${IN_IDS} AND (${where})`).all(
    JSON.stringify(ids),
  );
}

function names(rows: readonly DbCustomer[]): string {
  const shown = rows
    .slice(0, 3)
    .map((row) => fullName({ firstName: row.first_name, lastName: row.last_name }));
  return rows.length > 3 ? `${shown.join(', ')} and ${rows.length - 3} more` : shown.join(', ');
}

/** Refuses when undoing would throw away work done since the import. */
function assertUndoable(db: Db, record: DbImport, created: string[], updated: string[]): void {
  const changed = customersNamed(
    db,
    [...created, ...updated],
    `updated_at <> ${record.imported_at} OR merged_into IS NOT NULL`,
  );
  if (changed.length > 0)
    refuse(`${names(changed)} changed since (edited, tagged or merged); undoing would lose that.`);
  const busy = customersNamed(
    db,
    created,
    `EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = customers.id AND (i.import_seq IS NULL OR i.import_seq <> ${record.seq}))`,
  );
  if (busy.length > 0)
    refuse(`${names(busy)} ${busy.length === 1 ? 'has' : 'have'} visits or notes logged since the import.`);
  const merged = prepared<[string, string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM customer_merges WHERE undone_at IS NULL AND (kept_id ${IN_IDS} OR merged_id ${IN_IDS})`,
  ).get(JSON.stringify(created), JSON.stringify(created));
  if ((merged?.n ?? 0) > 0) refuse('a customer it created was merged with another; undo that merge first.');
}

/**
 * Undoes an import as one step: the interactions and customers it created are erased, the
 * customers it updated get back exactly what they had before. Refused, changing nothing, when
 * anything it touched has changed since.
 */
export function undoImport(
  ctx: CoreContext,
  importId: string,
): { removedCustomers: number; restoredCustomers: number; removedInteractions: number } {
  const db = ctx.db;
  let touched: string[] = [];
  const result = db.transaction(() => {
    const record = prepared<[string], DbImport>(
      db,
      'SELECT seq, id, imported_at, created_tags, undone_at FROM imports WHERE id = ?',
    ).get(importId);
    if (!record) throw notFound('import', importId);
    if (record.undone_at !== null) throw new AppError('conflict', 'This import has already been undone.');
    const created = prepared<[number], { customer_id: string }>(
      db,
      'SELECT customer_id FROM import_customers WHERE import_seq = ?',
    )
      .all(record.seq)
      .map((row) => row.customer_id)
      .filter((id) =>
        prepared<[string], { n: number }>(db, 'SELECT 1 AS n FROM customers WHERE id = ?').get(id),
      );
    const images = prepared<[number], { customer_id: string; snapshot: string }>(
      db,
      'SELECT customer_id, snapshot FROM import_before_images WHERE import_seq = ?',
    ).all(record.seq);
    const updated = images.map((image) => image.customer_id);
    assertUndoable(db, record, created, updated);
    const withHistory = prepared<[number], { customer_id: string }>(
      db,
      'SELECT DISTINCT customer_id FROM interactions WHERE import_seq = ?',
    )
      .all(record.seq)
      .map((row) => row.customer_id);
    const removedInteractions = prepared<[number]>(db, 'DELETE FROM interactions WHERE import_seq = ?').run(
      record.seq,
    ).changes;
    for (const image of images) {
      const state = JSON.parse(image.snapshot) as CustomerState;
      writeCustomerRow(db, state.row);
      restoreCustomerChildren(db, state);
    }
    setDeletedAt(db, created, ctx.now());
    const removedCustomers = created.length === 0 ? 0 : eraseTrashed(db, created);
    // Tags the import brought in go too, unless someone has them by now.
    prepared<[string]>(
      db,
      `DELETE FROM tags WHERE id ${IN_IDS} AND NOT EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.tag_id = tags.id)`,
    ).run(record.created_tags);
    const createdSet = new Set(created);
    touched = [...new Set([...updated, ...withHistory])].filter((id) => !createdSet.has(id));
    // Visits logged since on an updated customer are kept; the facts are counted again.
    for (const id of touched) refreshVisitStats(db, id);
    // Points earned by the removed purchases go back, with reversal rows as for any deletion.
    reconcileAccounts(db, touched, ctx.now());
    prepared(db, 'UPDATE imports SET undone_at = ? WHERE seq = ?').run(ctx.now(), record.seq);
    const counts = { removedCustomers, restoredCustomers: images.length, removedInteractions };
    recordAudit(ctx, {
      action: 'import.undo',
      subjectType: 'import',
      subjectId: record.id,
      summary: `Undid an import: ${removedCustomers} customers removed, ${images.length} put back as they were, ${removedInteractions} interactions removed`,
      details: counts,
    });
    return counts;
  })();
  const ids = touched.length <= 500 ? touched : [];
  ctx.emit('customers:changed', { ids });
  ctx.emit('interactions:changed', { customerIds: ids });
  ctx.emit('imports:changed', {});
  ctx.emit('loyalty:changed', { customerIds: ids });
  return result;
}
