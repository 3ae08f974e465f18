import type { TrashedCustomer } from '../../../shared/domain/customer.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import { toCustomerSummary, type DbCustomerSummary } from './customer-rows.ts';
import { SUMMARY_COLUMNS } from './customers-repo.ts';

// Set-based statements over many customers at once: the ids travel as one JSON array bound to
// @ids and are unpacked by json_each, so 10k customers cost one statement, not 10k.

const IN_IDS = 'IN (SELECT value FROM json_each(@ids))';

export interface CustomerStates {
  live: number;
  trashed: number;
  /** Trashed because they were merged into another customer. */
  merged: number;
}

/** How many of these (distinct) ids are live, in the trash, or in the trash after a merge. */
export function countStates(db: Db, ids: readonly string[]): CustomerStates {
  const row = prepared<{ ids: string }, CustomerStates>(
    db,
    `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live,
            count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed,
            count(*) FILTER (WHERE merged_into IS NOT NULL) AS merged
     FROM customers WHERE id ${IN_IDS}`,
  ).get({ ids: JSON.stringify(ids) });
  return row ?? { live: 0, trashed: 0, merged: 0 };
}

/** The tag's id, creating the tag if asked; names match whatever their case. */
export function tagIdOf(db: Db, name: string, create: boolean): number | undefined {
  if (create) prepared(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return prepared<[string], { id: number }>(db, 'SELECT id FROM tags WHERE name = ?').get(name)?.id;
}

/** Tags the customers that do not have the tag yet; returns exactly those. */
export function addTagTo(db: Db, ids: readonly string[], tagId: number): string[] {
  return prepared<{ ids: string; tagId: number }, { customer_id: string }>(
    db,
    `INSERT OR IGNORE INTO customer_tags (customer_id, tag_id)
     SELECT value, @tagId FROM json_each(@ids) RETURNING customer_id`,
  )
    .all({ ids: JSON.stringify(ids), tagId })
    .map((row) => row.customer_id);
}

/** Untags the customers that have the tag; returns exactly those. */
export function removeTagFrom(db: Db, ids: readonly string[], tagId: number): string[] {
  return prepared<{ ids: string; tagId: number }, { customer_id: string }>(
    db,
    `DELETE FROM customer_tags WHERE tag_id = @tagId AND customer_id ${IN_IDS} RETURNING customer_id`,
  )
    .all({ ids: JSON.stringify(ids), tagId })
    .map((row) => row.customer_id);
}

/**
 * refreshSearchExtra (repos/search-extra.ts) for many customers in one statement, stamping who
 * changed them. The expression must stay the same as there; a test compares the two.
 */
export function refreshSearchExtraOf(
  db: Db,
  ids: readonly string[],
  now: number,
  staffId: string | null,
): void {
  prepared(
    db,
    `UPDATE customers SET updated_at = @now, updated_by = @staffId, search_extra = trim(
       coalesce((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.customer_id = customers.id), '')
       || ' ' ||
       coalesce((SELECT group_concat(v.value ->> '$', ' ') FROM customer_field_values v
                 WHERE v.customer_id = customers.id AND json_type(v.value) IN ('text', 'integer', 'real')), ''))
     WHERE id ${IN_IDS}`,
  ).run({ ids: JSON.stringify(ids), now, staffId });
}

/** Moves live customers to the trash (deletedAt = a time) or trashed ones back (null). */
export function setDeletedAt(db: Db, ids: readonly string[], deletedAt: number | null): string[] {
  const sql =
    deletedAt === null
      ? `UPDATE customers SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id ${IN_IDS} RETURNING id`
      : `UPDATE customers SET deleted_at = @deletedAt WHERE deleted_at IS NULL AND id ${IN_IDS} RETURNING id`;
  const params = deletedAt === null ? { ids: JSON.stringify(ids) } : { ids: JSON.stringify(ids), deletedAt };
  return prepared<object, { id: string }>(db, sql)
    .all(params)
    .map((row) => row.id);
}

export function listTrash(db: Db, limit: number, offset: number): TrashedCustomer[] {
  return prepared<{ limit: number; offset: number }, DbCustomerSummary & { deleted_at: number }>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, c.deleted_at FROM customers c INDEXED BY customers_in_trash
     WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC, c.seq DESC LIMIT @limit OFFSET @offset`,
  )
    .all({ limit, offset })
    .map((row) => ({ ...toCustomerSummary(row), deletedAt: row.deleted_at }));
}

export function countTrash(db: Db): number {
  return (
    prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM customers WHERE deleted_at IS NOT NULL').get()
      ?.n ?? 0
  );
}

/** Trashed customers deleted at or before this instant, oldest first. */
export function trashedBefore(db: Db, cutoff: number): string[] {
  return prepared<[number], { id: string }>(
    db,
    'SELECT id FROM customers WHERE deleted_at IS NOT NULL AND deleted_at <= ? ORDER BY deleted_at',
  )
    .all(cutoff)
    .map((row) => row.id);
}

/**
 * Erases trashed customers and everything that mentions them: interactions, tags, consents and
 * field values go with them (ON DELETE CASCADE); merge journal rows and dismissed duplicate pairs
 * have no foreign keys, so they are deleted here, as are tags nobody else has. Then the search
 * index is rewritten without the deleted rows' tokens. Returns how many customers were erased.
 */
export function eraseTrashed(db: Db, ids: readonly string[]): number {
  const params = { ids: JSON.stringify(ids) };
  const run = (sql: string) => prepared<{ ids: string }>(db, sql).run(params).changes;
  const tagIds = prepared<{ ids: string }, { tag_id: number }>(
    db,
    `SELECT DISTINCT tag_id FROM customer_tags WHERE customer_id ${IN_IDS}`,
  ).all(params);
  run(`DELETE FROM customer_merges WHERE kept_id ${IN_IDS} OR merged_id ${IN_IDS}`);
  run(`DELETE FROM duplicate_dismissals WHERE a_id ${IN_IDS} OR b_id ${IN_IDS}`);
  // A customer merged into a purged one no longer has a merge to undo: it becomes plain trash.
  run(`UPDATE customers SET merged_into = NULL WHERE merged_into ${IN_IDS}`);
  const erased = run(`DELETE FROM customers WHERE deleted_at IS NOT NULL AND id ${IN_IDS}`);
  prepared<{ tags: string }>(
    db,
    `DELETE FROM tags WHERE id IN (SELECT value FROM json_each(@tags))
     AND NOT EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.tag_id = tags.id)`,
  ).run({ tags: JSON.stringify(tagIds.map((row) => row.tag_id)) });
  // A contentless FTS5 delete only leaves a tombstone; 'optimize' merges the index into one
  // segment, which drops the deleted rows' tokens for good.
  prepared(db, "INSERT INTO customers_search (customers_search) VALUES ('optimize')").run();
  prepared(db, "INSERT INTO customers_search_extra (customers_search_extra) VALUES ('optimize')").run();
  return erased;
}
