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
  return listTimeline(db, { customerId, kinds: [], limit });
}

export interface TimelineQuery {
  customerId: string;
  /** Empty: every kind. */
  kinds: readonly InteractionKind[];
  limit: number;
  /** Only interactions strictly older than this instant; omitted: from the newest. */
  before?: number | undefined;
}

export const TIMELINE_SQL = `SELECT * FROM interactions
  WHERE customer_id = @customerId AND deleted_at IS NULL
    AND occurred_at < @before
    AND (@kinds = '[]' OR kind IN (SELECT value FROM json_each(@kinds)))
  ORDER BY occurred_at DESC, id DESC LIMIT @limit`;

/**
 * One page of a timeline, newest first, read along interactions_by_customer. The kinds travel
 * as one JSON array so a single prepared statement serves every filter.
 */
export function listTimeline(db: Db, query: TimelineQuery): Interaction[] {
  return prepared<{ customerId: string; kinds: string; limit: number; before: number }, DbInteraction>(
    db,
    TIMELINE_SQL,
  )
    .all({
      customerId: query.customerId,
      kinds: JSON.stringify(query.kinds),
      limit: query.limit,
      // No bound given: past any instant the schema accepts, so the index range always applies.
      before: query.before ?? Number.MAX_SAFE_INTEGER,
    })
    .map(toInteraction);
}

/** Any interaction with this id, deleted or not: callers decide which state they accept. */
export function findInteractionRow(db: Db, id: string): DbInteraction | undefined {
  return prepared<[string], DbInteraction>(db, 'SELECT * FROM interactions WHERE id = ?').get(id);
}

export type InteractionEdit = Pick<
  DbInteraction,
  | 'id'
  | 'occurred_at'
  | 'kind'
  | 'channel'
  | 'amount_minor'
  | 'note'
  | 'staff_id'
  | 'csat'
  | 'nps'
  | 'ces'
  | 'updated_at'
  | 'updated_by'
>;

export function updateInteractionRow(db: Db, row: InteractionEdit): void {
  prepared(
    db,
    `UPDATE interactions SET occurred_at = @occurred_at, kind = @kind, channel = @channel,
       amount_minor = @amount_minor, note = @note, staff_id = @staff_id, csat = @csat, nps = @nps,
       ces = @ces, updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id`,
  ).run(row);
}

/** Soft delete and its undo touch deleted_at only, so a restore brings back the very same row. */
export function setInteractionDeletedAt(db: Db, id: string, deletedAt: number | null): void {
  prepared(db, 'UPDATE interactions SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}
