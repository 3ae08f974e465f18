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

export function logInteraction(ctx: CoreContext, input: InteractionInput): Interaction {
  const fields = parseOrThrow(interactionInputSchema, input);
  const now = ctx.now();
  const row = {
    id: newId(now),
    customer_id: fields.customerId,
    occurred_at: fields.occurredAt ?? now,
    kind: fields.kind,
    channel: fields.channel,
    amount_minor: fields.amountMinor,
    note: fields.note,
    staff_id: fields.staffId,
    csat: fields.csat,
    nps: fields.nps,
    ces: fields.ces,
    external_id: null,
    created_at: now,
    updated_at: now,
  };
  ctx.db.transaction(() => {
    if (!findCustomerRow(ctx.db, fields.customerId)) throw notFound('customer', fields.customerId);
    if (fields.staffId !== null && !staffExists(ctx.db, fields.staffId)) {
      throw new AppError('invalid_input', `No staff member with id ${fields.staffId}.`, 'staffId');
    }
    insertInteraction(ctx.db, row);
  })();
  ctx.emit('interactions:changed', { customerIds: [fields.customerId] });
  return toInteraction({ ...row, deleted_at: null });
}
