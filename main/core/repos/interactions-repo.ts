import type { Interaction, InteractionKind, Channel } from '../../../shared/domain/interaction.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

export interface DbInteraction {
  id: string;
  customer_id: string;
  occurred_at: number;
  kind: InteractionKind;
  channel: Channel;
  amount_minor: number | null;
  note: string;
  staff_id: string | null;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  external_id: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  created_by: string | null;
  updated_by: string | null;
}

export type InteractionWrite = Omit<DbInteraction, 'deleted_at'>;

export function toInteraction(row: DbInteraction): Interaction {
  return {
    id: row.id,
    customerId: row.customer_id,
    occurredAt: row.occurred_at,
    kind: row.kind,
    channel: row.channel,
    amountMinor: row.amount_minor,
    note: row.note,
    staffId: row.staff_id,
    csat: row.csat,
    nps: row.nps,
    ces: row.ces,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertInteraction(db: Db, row: InteractionWrite): void {
  prepared(
    db,
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, channel, amount_minor, note, staff_id,
       csat, nps, ces, external_id, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @customer_id, @occurred_at, @kind, @channel, @amount_minor, @note, @staff_id,
       @csat, @nps, @ces, @external_id, @created_at, @updated_at, @created_by, @updated_by)`,
  ).run(row);
}

/** Newest first: the timeline reads from today backwards. */
export function listInteractionsOf(db: Db, customerId: string, limit: number): Interaction[] {
  return prepared<{ customerId: string; limit: number }, DbInteraction>(
    db,
    `SELECT * FROM interactions WHERE customer_id = @customerId AND deleted_at IS NULL
     ORDER BY occurred_at DESC, id DESC LIMIT @limit`,
  )
    .all({ customerId, limit })
    .map(toInteraction);
}

export function staffExists(db: Db, staffId: string): boolean {
  return (
    prepared<[string], { one: number }>(db, 'SELECT 1 AS one FROM staff WHERE id = ?').get(staffId) !==
    undefined
  );
}
