import { segmentFilterSchema, type Segment } from '../../../shared/domain/segment.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

export interface DbSegment {
  id: string;
  name: string;
  filter: string;
  created_at: number;
  updated_at: number;
}

/**
 * A stored filter is read back through the schema: one saved by a newer version with a condition
 * kind this one does not know reads as no conditions rather than breaking the list.
 */
export function toSegment(row: DbSegment): Segment {
  const parsed = segmentFilterSchema.safeParse(JSON.parse(row.filter));
  return {
    id: row.id,
    name: row.name,
    filter: parsed.success ? parsed.data : { match: 'all', conditions: [] },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSegmentRows(db: Db): DbSegment[] {
  return prepared<[], DbSegment>(db, 'SELECT * FROM segments ORDER BY name COLLATE NOCASE, id').all();
}

export function findSegmentRow(db: Db, id: string): DbSegment | undefined {
  return prepared<[string], DbSegment>(db, 'SELECT * FROM segments WHERE id = ?').get(id);
}

export function findSegmentByName(db: Db, name: string): DbSegment | undefined {
  return prepared<[string], DbSegment>(db, 'SELECT * FROM segments WHERE name = ?').get(name);
}

export function insertSegmentRow(db: Db, row: DbSegment): void {
  prepared(
    db,
    'INSERT INTO segments (id, name, filter, created_at, updated_at) VALUES (@id, @name, @filter, @created_at, @updated_at)',
  ).run(row);
}

export function updateSegmentRow(db: Db, row: DbSegment): void {
  prepared(
    db,
    'UPDATE segments SET name = @name, filter = @filter, updated_at = @updated_at WHERE id = @id',
  ).run(row);
}

export function deleteSegmentRow(db: Db, id: string): number {
  return prepared<[string]>(db, 'DELETE FROM segments WHERE id = ?').run(id).changes;
}
