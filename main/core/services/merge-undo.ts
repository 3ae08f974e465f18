import { fullName } from '../../../shared/domain/customer.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { findIdByCode } from '../repos/customers-repo.ts';
import {
  findMerge,
  markMergeUndone,
  moveInteractions,
  readCustomerState,
  restoreCustomerChildren,
  writeCustomerRow,
  type CustomerState,
} from '../repos/merge-repo.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import type { MergeSnapshot } from './merge.ts';
import { undoLoyaltyMerge } from '../loyalty/merge-hooks.ts';
import { recordAudit } from './audit.ts';

/** Kept up to date from interactions and tags: they may move after a merge without it being an edit. */
const DERIVED_COLUMNS = new Set<string>([
  'search_extra',
  'first_visit_at',
  'last_visit_at',
  'visit_count',
  'total_spend_minor',
]);

const nameOf = (row: DbCustomer) => fullName({ firstName: row.first_name, lastName: row.last_name });

function refuse(message: string): never {
  throw new AppError('conflict', `This merge cannot be undone: ${message}`);
}

/**
 * What of a customer changed since the merge left it, in words; empty when nothing did. Only the
 * columns the journal saved are compared: a column a later schema added (and filled) is no edit.
 */
function changesSince(now: CustomerState, after: CustomerState): string[] {
  const saved = new Set(Object.keys(after.row));
  const editable = (row: DbCustomer) =>
    JSON.stringify(
      Object.entries(row).filter(([column]) => saved.has(column) && !DERIVED_COLUMNS.has(column)),
    );
  const changes: string[] = [];
  if (editable(now.row) !== editable(after.row)) changes.push('details');
  if (JSON.stringify(now.tags) !== JSON.stringify(after.tags)) changes.push('tags');
  if (JSON.stringify(now.consents) !== JSON.stringify(after.consents)) changes.push('consent');
  if (JSON.stringify(now.fieldValues) !== JSON.stringify(after.fieldValues)) changes.push('custom fields');
  return changes;
}

function parseSnapshot(text: string): MergeSnapshot {
  const snapshot = JSON.parse(text) as Partial<MergeSnapshot>;
  if (snapshot.version !== 1 || !snapshot.before || !snapshot.after || !snapshot.movedInteractionIds) {
    refuse('its journal entry is not one this version of Regulars can read.');
  }
  return snapshot as MergeSnapshot;
}

/** Checks that undoing would lose nothing: both customers are as the merge left them. */
function assertUndoable(ctx: CoreContext, snapshot: MergeSnapshot): void {
  const { keep, other } = snapshot.before;
  const keepNow = readCustomerState(ctx.db, keep.row.id);
  const otherNow = readCustomerState(ctx.db, other.row.id);
  if (!keepNow) refuse(`${nameOf(keep.row)} has been purged from the database.`);
  if (!otherNow) refuse(`${nameOf(other.row)} has been purged from the trash.`);
  if (keepNow.row.deleted_at !== null) {
    refuse(`${nameOf(keepNow.row)} is in the trash; restore them first, then undo the merge.`);
  }
  if (otherNow.row.deleted_at === null) {
    refuse(`${nameOf(otherNow.row)} was restored from the trash after the merge.`);
  }
  for (const [now, after] of [
    [keepNow, snapshot.after.keep],
    [otherNow, snapshot.after.other],
  ] as const) {
    const changes = changesSince(now, after);
    if (changes.length > 0) {
      refuse(
        `${nameOf(now.row)} was changed after the merge (${changes.join(', ')}); undoing it would lose those changes.`,
      );
    }
  }
  for (const state of [keep, other]) {
    const code = state.row.code;
    const holder = code === null ? undefined : findIdByCode(ctx.db, code);
    if (code !== null && holder !== undefined && holder !== keep.row.id && holder !== other.row.id) {
      refuse(`the customer code ${code} of ${nameOf(state.row)} now belongs to another customer.`);
    }
  }
}

/**
 * Undoes a merge exactly: both customers' rows, tags, consent history and custom field values
 * as they were, the moved interactions back with OTHER, OTHER out of the trash. Interactions
 * logged on KEEP after the merge stay with KEEP. Refused when either customer changed since, as
 * undoing would silently throw that change away.
 */
export function undoMerge(ctx: CoreContext, mergeId: string): { keepId: string; otherId: string } {
  let keepId = '';
  let otherId = '';
  ctx.db.transaction(() => {
    const merge = findMerge(ctx.db, mergeId);
    if (!merge) throw notFound('merge', mergeId);
    if (merge.undone_at !== null) throw new AppError('conflict', 'This merge has already been undone.');
    const snapshot = parseSnapshot(merge.snapshot);
    assertUndoable(ctx, snapshot);
    const { keep, other } = snapshot.before;
    keepId = keep.row.id;
    otherId = other.row.id;

    moveInteractions(ctx.db, snapshot.movedInteractionIds, keepId, otherId);
    // KEEP first: if it took OTHER's code, that frees it before OTHER gets it back (codes are unique).
    for (const state of [keep, other]) {
      writeCustomerRow(ctx.db, state.row);
      restoreCustomerChildren(ctx.db, state);
    }
    for (const id of [keepId, otherId]) {
      refreshVisitStats(ctx.db, id);
      refreshSearchExtra(ctx.db, id);
    }
    undoLoyaltyMerge(ctx.db, mergeId, keepId, otherId, ctx.now());
    markMergeUndone(ctx.db, mergeId, ctx.now());
    recordAudit(ctx, {
      action: 'customer.undoMerge',
      subjectType: 'customer',
      subjectId: keepId,
      customerId: keepId,
      summary: 'Undid a merge: the two customers are apart again',
      details: { mergeId, keepId, otherId },
    });
  })();
  ctx.emit('customers:changed', { ids: [keepId, otherId] });
  ctx.emit('interactions:changed', { customerIds: [keepId, otherId] });
  return { keepId, otherId };
}
