import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { recordAudit } from '../services/audit.ts';
import type { CustomerSetInput } from '../../../shared/domain/customer-set.ts';
import { parseSet, setCustomerIds } from './customer-sets.ts';

/**
 * Sends a list of customers (a segment, an RFM group, a figure's customers) to the follow-up
 * suggestions: each is picked, with the list's name as the reason, and Today suggests them (by
 * the channels their consent allows) until a follow-up answers the pick or it is a month old.
 * Picking again moves the pick to now; nothing is ever sent by itself.
 */
export function pickSetForFollowUps(
  ctx: CoreContext,
  input: { set: CustomerSetInput; source: string },
): { customers: number } {
  const set = parseSet(input.set);
  const ids = ctx.db.transaction(() => {
    const picked = setCustomerIds(ctx, set);
    const upsert = prepared<[string, number, string]>(
      ctx.db,
      `INSERT INTO suggestion_picks (customer_id, picked_at, source) VALUES (?, ?, ?)
       ON CONFLICT (customer_id) DO UPDATE SET picked_at = excluded.picked_at, source = excluded.source`,
    );
    const now = ctx.now();
    for (const id of picked) upsert.run(id, now, input.source);
    if (picked.length > 0) {
      recordAudit(ctx, {
        action: 'suggestion.pick',
        subjectType: 'template',
        subjectId: 'picked',
        summary: `Picked ${picked.length} customer${picked.length === 1 ? '' : 's'} from “${input.source}” for a follow-up`,
        details: { set, customers: picked.length },
      });
    }
    return picked;
  })();
  if (ids.length > 0) ctx.emit('reminders:changed', { customerIds: ids });
  return { customers: ids.length };
}
