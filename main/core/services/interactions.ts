import {
  interactionInputSchema,
  interactionUpdateSchema,
  type Interaction,
  type InteractionInput,
  type InteractionUpdate,
} from '../../../shared/domain/interaction.ts';
import type { CoreContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import {
  findInteractionRow,
  insertInteraction,
  listTimeline,
  setInteractionDeletedAt,
  toInteraction,
  updateInteractionRow,
  type DbInteraction,
  type TimelineQuery,
} from '../repos/interactions-repo.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { parseOrThrow } from '../validate.ts';
import { assertStaffCanWork, getCurrentStaffId } from './session.ts';
import { recordAudit } from './audit.ts';
import { changesBetween, fieldList, interactionValues } from './audit-changes.ts';

const KIND_WORDS: Record<string, string> = { follow_up: 'follow-up' };
const kindWord = (kind: string) => KIND_WORDS[kind] ?? kind;

/** A customer's visit facts live on its row, so the list shows it changed as well as the timeline. */
function emitChanged(ctx: CoreContext, customerId: string): void {
  ctx.emit('interactions:changed', { customerIds: [customerId] });
  ctx.emit('customers:changed', { ids: [customerId] });
}

export function logInteraction(ctx: CoreContext, input: InteractionInput): Interaction {
  const fields = parseOrThrow(interactionInputSchema, input);
  const now = ctx.now();
  const row = ctx.db.transaction((): DbInteraction => {
    if (!findCustomerRow(ctx.db, fields.customerId)) throw notFound('customer', fields.customerId);
    const actor = getCurrentStaffId(ctx);
    const staffId = fields.staffId === undefined ? actor : fields.staffId;
    if (typeof fields.staffId === 'string') assertStaffCanWork(ctx.db, fields.staffId);
    const inserted: DbInteraction = {
      id: newId(now),
      customer_id: fields.customerId,
      occurred_at: fields.occurredAt ?? now,
      kind: fields.kind,
      channel: fields.channel,
      amount_minor: fields.amountMinor,
      note: fields.note,
      staff_id: staffId,
      csat: fields.csat,
      nps: fields.nps,
      ces: fields.ces,
      external_id: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      created_by: actor,
      updated_by: actor,
    };
    insertInteraction(ctx.db, inserted);
    refreshVisitStats(ctx.db, fields.customerId);
    reconcileAccounts(ctx.db, [fields.customerId], now);
    recordAudit(ctx, {
      action: 'interaction.log',
      subjectType: 'interaction',
      subjectId: inserted.id,
      customerId: inserted.customer_id,
      summary: `Logged a ${kindWord(inserted.kind)}`,
      details: { values: interactionValues(toInteraction(inserted)) },
    });
    return inserted;
  })();
  emitChanged(ctx, fields.customerId);
  return toInteraction(row);
}

/** A customer's timeline, newest first; a customer that does not exist (or is in the trash) is not found. */
export function listInteractions(ctx: CoreContext, query: TimelineQuery): Interaction[] {
  if (!findCustomerRow(ctx.db, query.customerId)) throw notFound('customer', query.customerId);
  return listTimeline(ctx.db, query);
}

function liveInteraction(ctx: CoreContext, id: string): DbInteraction {
  const row = findInteractionRow(ctx.db, id);
  if (!row || row.deleted_at !== null) throw notFound('interaction', id);
  return row;
}

/**
 * Replaces the editable fields. An omitted date or staff member keeps the stored one; the staff
 * member it already carries stays acceptable even after they left, so an old entry can still be
 * corrected, but a new name on it must be someone active.
 */
export function updateInteraction(ctx: CoreContext, id: string, input: InteractionUpdate): Interaction {
  const fields = parseOrThrow(interactionUpdateSchema, input);
  const now = ctx.now();
  const customerId = ctx.db.transaction((): string => {
    const stored = liveInteraction(ctx, id);
    const staffId = fields.staffId === undefined ? stored.staff_id : fields.staffId;
    if (staffId !== null && staffId !== stored.staff_id) assertStaffCanWork(ctx.db, staffId);
    updateInteractionRow(ctx.db, {
      id,
      occurred_at: fields.occurredAt ?? stored.occurred_at,
      kind: fields.kind,
      channel: fields.channel,
      amount_minor: fields.amountMinor,
      note: fields.note,
      staff_id: staffId,
      csat: fields.csat,
      nps: fields.nps,
      ces: fields.ces,
      updated_at: now,
      updated_by: getCurrentStaffId(ctx),
    });
    refreshVisitStats(ctx.db, stored.customer_id);
    reconcileAccounts(ctx.db, [stored.customer_id], now);
    const changes = changesBetween(
      interactionValues(toInteraction(stored)),
      interactionValues(toInteraction(liveInteraction(ctx, id))),
    );
    if (changes.length > 0) {
      recordAudit(ctx, {
        action: 'interaction.update',
        subjectType: 'interaction',
        subjectId: id,
        customerId: stored.customer_id,
        summary: `Edited a ${kindWord(stored.kind)}: ${fieldList(changes)}`,
        details: { changes },
      });
    }
    return stored.customer_id;
  })();
  emitChanged(ctx, customerId);
  return toInteraction(liveInteraction(ctx, id));
}

/** Moves an interaction out of the timeline and the facts; returns it as it was, for undo. */
export function deleteInteraction(ctx: CoreContext, id: string): Interaction {
  const deleted = ctx.db.transaction((): DbInteraction => {
    const row = liveInteraction(ctx, id);
    setInteractionDeletedAt(ctx.db, id, ctx.now());
    refreshVisitStats(ctx.db, row.customer_id);
    reconcileAccounts(ctx.db, [row.customer_id], ctx.now());
    recordAudit(ctx, {
      action: 'interaction.delete',
      subjectType: 'interaction',
      subjectId: id,
      customerId: row.customer_id,
      summary: `Removed a ${kindWord(row.kind)}`,
      details: { values: interactionValues(toInteraction(row)) },
    });
    return row;
  })();
  emitChanged(ctx, deleted.customer_id);
  return toInteraction(deleted);
}

/** Undo of a delete: only deleted_at changes, so the row is exactly what it was before. */
export function restoreInteraction(ctx: CoreContext, id: string): Interaction {
  const restored = ctx.db.transaction((): DbInteraction => {
    const row = findInteractionRow(ctx.db, id);
    if (!row || row.deleted_at === null) throw notFound('deleted interaction', id);
    setInteractionDeletedAt(ctx.db, id, null);
    refreshVisitStats(ctx.db, row.customer_id);
    reconcileAccounts(ctx.db, [row.customer_id], ctx.now());
    recordAudit(ctx, {
      action: 'interaction.restore',
      subjectType: 'interaction',
      subjectId: id,
      customerId: row.customer_id,
      summary: `Brought back a removed ${kindWord(row.kind)}`,
    });
    return { ...row, deleted_at: null };
  })();
  emitChanged(ctx, restored.customer_id);
  return toInteraction(restored);
}
