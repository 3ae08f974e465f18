import { segmentChannels } from '../../../shared/ipc/channels/segments.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import {
  segmentFilterSchema,
  segmentInputSchema,
  type Segment,
  type SegmentFilter,
  type SegmentFilterInput,
} from '../../../shared/domain/segment.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { parseOrThrow } from '../validate.ts';
import { todayOf } from './period.ts';
import { compileFilter } from './segment-conditions.ts';
import {
  deleteSegmentRow,
  findSegmentByName,
  findSegmentRow,
  insertSegmentRow,
  listSegmentRows,
  toSegment,
  updateSegmentRow,
  type DbSegment,
} from './segments-repo.ts';

export function listSegments(ctx: CoreContext): Segment[] {
  return listSegmentRows(ctx.db).map(toSegment);
}

export function getSegment(ctx: CoreContext, id: string): Segment {
  const row = findSegmentRow(ctx.db, id);
  if (!row) throw notFound('segment', id);
  return toSegment(row);
}

/** The SQL of a filter's customers: `SELECT c.seq` over live customers, index only where possible. */
export function filterSeqsSql(
  ctx: CoreContext,
  filter: SegmentFilter,
): { sql: string; params: Record<string, string | number | null> } {
  const { where, params, bySet } = compileFilter(ctx.db, filter, todayOf(ctx), ctx.now());
  // Otherwise one pass over the narrow facts index answers any mix of conditions without reading
  // a customers row; left to itself SQLite may pick a range on one column and read thousands.
  const from = bySet ? 'customers c' : 'customers c INDEXED BY customers_segment_facts';
  return { sql: `SELECT c.seq FROM ${from} WHERE ${where}`, params };
}

/** How many live customers a filter matches: the live count while it is being edited. */
export function countSegment(ctx: CoreContext, input: { filter: SegmentFilterInput }): { count: number } {
  const filter = parseOrThrow(segmentFilterSchema, input.filter);
  const { sql, params } = filterSeqsSql(ctx, filter);
  const count =
    prepared<object, { n: number }>(ctx.db, `SELECT count(*) AS n FROM (${sql})`).get(params)?.n ?? 0;
  return { count };
}

function assertNameFree(ctx: CoreContext, name: string, ownId?: string): void {
  const holder = findSegmentByName(ctx.db, name);
  if (holder && holder.id !== ownId) {
    throw new AppError('conflict', `name: there is already a segment called "${holder.name}"`, 'name');
  }
}

/** Refuses a filter that cannot run (a custom field that does not exist, a value of the wrong type). */
function assertCompiles(ctx: CoreContext, filter: SegmentFilter): void {
  filterSeqsSql(ctx, filter);
}

export function createSegment(ctx: CoreContext, input: ChannelInput<'segments:create'>): Segment {
  const { name, filter } = parseOrThrow(segmentInputSchema, input);
  const now = ctx.now();
  const row = ctx.db.transaction((): DbSegment => {
    assertNameFree(ctx, name);
    assertCompiles(ctx, filter);
    const inserted = {
      id: newId(now),
      name,
      filter: JSON.stringify(filter),
      created_at: now,
      updated_at: now,
    };
    insertSegmentRow(ctx.db, inserted);
    return inserted;
  })();
  ctx.emit('segments:changed', {});
  return toSegment(row);
}

export function updateSegment(ctx: CoreContext, input: ChannelInput<'segments:update'>): Segment {
  const { id, name, filter } = parseOrThrow(segmentChannels['segments:update'].input, input);
  const row = ctx.db.transaction((): DbSegment => {
    const stored = findSegmentRow(ctx.db, id);
    if (!stored) throw notFound('segment', id);
    assertNameFree(ctx, name, id);
    assertCompiles(ctx, filter);
    const updated = { ...stored, name, filter: JSON.stringify(filter), updated_at: ctx.now() };
    updateSegmentRow(ctx.db, updated);
    return updated;
  })();
  ctx.emit('segments:changed', {});
  return toSegment(row);
}

export function deleteSegment(ctx: CoreContext, id: string): { deletedId: string } {
  const deleted = ctx.db.transaction(() => deleteSegmentRow(ctx.db, id))();
  if (deleted === 0) throw notFound('segment', id);
  ctx.emit('segments:changed', {});
  return { deletedId: id };
}
