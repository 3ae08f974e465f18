import { fullName, type Customer } from '../../../shared/domain/customer.ts';
import { MERGE_FIELDS } from '../../../shared/domain/duplicates.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { sortNameOf } from '../repos/customers-repo.ts';
import {
  addTagLinks,
  insertMerge,
  interactionIdsOf,
  moveConsents,
  moveInteractions,
  readCustomerState,
  setFieldValue,
  trashAsMerged,
  writeCustomerRow,
  type CustomerState,
} from '../repos/merge-repo.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import { getCustomer } from './customers.ts';
import { getCurrentStaffId } from './session.ts';
import { moveLoyaltyOnMerge } from '../loyalty/merge-hooks.ts';
import { recordAudit } from './audit.ts';

type MergeField = (typeof MERGE_FIELDS)[number];
type Side = 'keep' | 'other';

/** The columns each mergeable field stands for: a phone travels with its digits and E.164 form. */
const FIELD_COLUMNS: Record<MergeField, readonly (keyof DbCustomer)[]> = {
  firstName: ['first_name'],
  lastName: ['last_name'],
  phone: ['phone', 'phone_digits', 'phone_e164'],
  email: ['email'],
  // The anti-gaming clock of the birthday bonus travels with the birthday it dates.
  birthday: ['birthday', 'birthday_changed_at'],
  address: ['address'],
  notes: ['notes'],
  code: ['code'],
};

export const CUSTOM_PREFIX = 'custom:';

/** Everything the journal keeps to undo a merge exactly: each touched row before and after. */
export interface MergeSnapshot {
  version: 1;
  before: { keep: CustomerState; other: CustomerState };
  movedInteractionIds: string[];
  after: { keep: CustomerState; other: CustomerState };
}

/** The comparable values of one side: the fields, and each custom field as `custom:<id>`. */
function valuesOf(state: CustomerState): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of MERGE_FIELDS) {
    const column = FIELD_COLUMNS[field][0];
    const value = column === undefined ? null : state.row[column];
    values.set(field, typeof value === 'string' ? value : '');
  }
  for (const { field_id, value } of state.fieldValues) {
    // A stored null or empty text is an empty field, like an empty column.
    values.set(`${CUSTOM_PREFIX}${field_id}`, value === 'null' || value === '""' ? '' : value);
  }
  return values;
}

/** The fields both customers have filled in, differently: the ones the user picks a side for. */
export function mergeConflicts(keep: CustomerState, other: CustomerState): string[] {
  const keepValues = valuesOf(keep);
  const otherValues = valuesOf(other);
  return [...otherValues].flatMap(([key, otherValue]) => {
    const keepValue = keepValues.get(key) ?? '';
    return keepValue !== '' && otherValue !== '' && keepValue !== otherValue ? [key] : [];
  });
}

function liveState(ctx: CoreContext, id: string): CustomerState {
  const state = readCustomerState(ctx.db, id);
  if (!state) throw notFound('customer', id);
  if (state.row.deleted_at !== null) {
    throw new AppError(
      'conflict',
      `${fullName({ firstName: state.row.first_name, lastName: state.row.last_name })} is in the trash; restore them before merging.`,
    );
  }
  return state;
}

/**
 * Merges OTHER into KEEP in one transaction: KEEP takes OTHER's value for every field it lacks
 * and for each conflict the user gave to OTHER; tags are united, consent history, custom field
 * values and every interaction move over; OTHER goes to the trash marked as merged. Every row
 * touched is journaled, before and after, for an exact undo.
 */
export function mergeCustomers(
  ctx: CoreContext,
  input: { keepId: string; otherId: string; choices: Partial<Record<string, Side>> },
): { mergeId: string; customer: Customer } {
  const { keepId, otherId, choices } = input;
  if (keepId === otherId) {
    throw new AppError(
      'invalid_input',
      'otherId: is the same customer as keepId; a customer cannot be merged into itself',
      'otherId',
    );
  }
  const now = ctx.now();
  const mergeId = newId(now);
  ctx.db.transaction(() => {
    const keep = liveState(ctx, keepId);
    const other = liveState(ctx, otherId);
    const conflicts = new Set(mergeConflicts(keep, other));
    for (const key of Object.keys(choices)) {
      if (!conflicts.has(key)) {
        throw new AppError(
          'invalid_input',
          `choices.${key}: is not a field these two customers fill in differently` +
            (conflicts.size > 0 ? ` (those are: ${[...conflicts].join(', ')})` : ' (they have no conflicts)'),
          `choices.${key}`,
        );
      }
    }
    const keepValues = valuesOf(keep);
    const otherValues = valuesOf(other);
    const sideOf = (key: string): Side => {
      if ((otherValues.get(key) ?? '') === '') return 'keep';
      if ((keepValues.get(key) ?? '') === '') return 'other';
      return choices[key] ?? 'keep';
    };

    const merged: DbCustomer = { ...keep.row, updated_at: now, updated_by: getCurrentStaffId(ctx) };
    for (const field of MERGE_FIELDS) {
      if (sideOf(field) !== 'other') continue;
      for (const column of FIELD_COLUMNS[field]) Object.assign(merged, { [column]: other.row[column] });
    }
    merged.sort_name = sortNameOf(merged.first_name, merged.last_name);

    // OTHER leaves first, giving up its code if KEEP takes it: codes are unique across all customers.
    const takesCode = sideOf('code') === 'other';
    trashAsMerged(ctx.db, { id: otherId, deletedAt: now, mergedInto: keepId, clearCode: takesCode });
    writeCustomerRow(ctx.db, merged);
    addTagLinks(
      ctx.db,
      keepId,
      other.tags.map((link) => link.tag_id),
    );
    moveConsents(ctx.db, otherId, keepId);
    for (const { field_id, value } of other.fieldValues) {
      if (sideOf(`${CUSTOM_PREFIX}${field_id}`) === 'other') setFieldValue(ctx.db, keepId, field_id, value);
    }
    const movedInteractionIds = interactionIdsOf(ctx.db, otherId);
    moveInteractions(ctx.db, movedInteractionIds, otherId, keepId);
    for (const id of [keepId, otherId]) {
      refreshVisitStats(ctx.db, id);
      refreshSearchExtra(ctx.db, id);
    }
    moveLoyaltyOnMerge(ctx.db, mergeId, otherId, keepId, now);

    const after = { keep: readCustomerState(ctx.db, keepId), other: readCustomerState(ctx.db, otherId) };
    if (!after.keep || !after.other)
      throw new Error('A merged customer vanished inside its own transaction.');
    const snapshot: MergeSnapshot = {
      version: 1,
      before: { keep, other },
      movedInteractionIds,
      after: { keep: after.keep, other: after.other },
    };
    insertMerge(ctx.db, {
      id: mergeId,
      kept_id: keepId,
      merged_id: otherId,
      merged_at: now,
      staff_id: getCurrentStaffId(ctx),
      snapshot: JSON.stringify(snapshot),
    });
    recordAudit(ctx, {
      action: 'customer.merge',
      subjectType: 'customer',
      subjectId: keepId,
      customerId: keepId,
      summary: 'Merged a duplicate into a customer',
      details: {
        mergeId,
        keepId,
        otherId,
        takenFromOther: Object.keys(choices).filter((key) => choices[key] === 'other'),
      },
    });
  })();
  ctx.emit('customers:changed', { ids: [keepId, otherId] });
  ctx.emit('interactions:changed', { customerIds: [keepId, otherId] });
  return { mergeId, customer: getCustomer(ctx, keepId) };
}
