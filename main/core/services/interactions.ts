import {
  interactionInputSchema,
  type Interaction,
  type InteractionInput,
} from '../../../shared/domain/interaction.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { findCustomerRow } from '../repos/customers-repo.ts';
import { insertInteraction, staffExists, toInteraction } from '../repos/interactions-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { refreshVisitStats } from '../repos/visit-stats.ts';
import { getCurrentStaffId } from './session.ts';

export function logInteraction(ctx: CoreContext, input: InteractionInput): Interaction {
  const fields = parseOrThrow(interactionInputSchema, input);
  const now = ctx.now();
  const staffId = fields.staffId === undefined ? getCurrentStaffId(ctx) : fields.staffId;
  const row = {
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
    created_by: staffId,
    updated_by: staffId,
  };
  ctx.db.transaction(() => {
    if (!findCustomerRow(ctx.db, fields.customerId)) throw notFound('customer', fields.customerId);
    if (staffId !== null && !staffExists(ctx.db, staffId)) {
      throw new AppError('invalid_input', `No staff member with id ${staffId}.`, 'staffId');
    }
    insertInteraction(ctx.db, row);
    refreshVisitStats(ctx.db, fields.customerId);
  })();
  ctx.emit('interactions:changed', { customerIds: [fields.customerId] });
  return toInteraction({ ...row, deleted_at: null });
}
