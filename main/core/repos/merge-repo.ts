import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import type { DbCustomer } from './customer-rows.ts';

// The rows a merge touches, read and written whole, so the journal can put back exactly what
// was there: every column, including the ones a later schema adds (rows are SELECT *).

export interface DbTagLink {
  customer_id: string;
  tag_id: number;
}

export interface DbConsentRow {
  customer_id: string;
  channel: string;
  granted: number;
  source: string;
  recorded_at: number;
  staff_id: string | null;
}

export interface DbFieldValue {
  customer_id: string;
  field_id: string;
  /** JSON text: a string, number or boolean. */
  value: string;
}

/** One customer's rows as stored: the customer row, tag links, consent history, custom field values. */
export interface CustomerState {
  row: DbCustomer;
  tags: DbTagLink[];
  consents: DbConsentRow[];
  fieldValues: DbFieldValue[];
}

/** A customer's rows whether live or in the trash; undefined when there is no such customer. */
export function readCustomerState(db: Db, id: string): CustomerState | undefined {
  const row = prepared<[string], DbCustomer>(db, 'SELECT * FROM customers WHERE id = ?').get(id);
  if (!row) return undefined;
  return {
    row,
    tags: prepared<[string], DbTagLink>(
      db,
      'SELECT * FROM customer_tags WHERE customer_id = ? ORDER BY tag_id',
    ).all(id),
    consents: prepared<[string], DbConsentRow>(
      db,
      'SELECT * FROM customer_consents WHERE customer_id = ? ORDER BY channel, recorded_at',
    ).all(id),
    fieldValues: prepared<[string], DbFieldValue>(
      db,
      'SELECT * FROM customer_field_values WHERE customer_id = ? ORDER BY field_id',
    ).all(id),
  };
}

/** Every interaction of a customer, deleted ones included: they move with the customer. */
export function interactionIdsOf(db: Db, customerId: string): string[] {
  return prepared<[string], { id: string }>(
    db,
    'SELECT id FROM interactions WHERE customer_id = ? ORDER BY id',
  )
    .all(customerId)
    .map((row) => row.id);
}

/** Moves these interactions to another customer, if they are still with `from`; returns how many moved. */
export function moveInteractions(db: Db, ids: readonly string[], from: string, to: string): number {
  return prepared<{ ids: string; from: string; to: string }>(
    db,
    `UPDATE interactions SET customer_id = @to
     WHERE customer_id = @from AND id IN (SELECT value FROM json_each(@ids))`,
  ).run({ ids: JSON.stringify(ids), from, to }).changes;
}

/**
 * Moves one customer's consent history to another. A row the other already has at the very
 * same moment and channel (the key) stays where it is: history is never overwritten.
 */
export function moveConsents(db: Db, from: string, to: string): void {
  prepared(db, 'UPDATE OR IGNORE customer_consents SET customer_id = ? WHERE customer_id = ?').run(to, from);
}

export function addTagLinks(db: Db, customerId: string, tagIds: readonly number[]): void {
  for (const tagId of tagIds) {
    prepared(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)').run(
      customerId,
      tagId,
    );
  }
}

export function setFieldValue(db: Db, customerId: string, fieldId: string, value: string): void {
  prepared(
    db,
    `INSERT INTO customer_field_values (customer_id, field_id, value) VALUES (?, ?, ?)
     ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value`,
  ).run(customerId, fieldId, value);
}

/**
 * Writes a customer row back column by column (all but seq and id, which never change). The
 * columns come from the table itself, so a row read with SELECT * is restored whole. A row saved
 * before a later schema added columns (a merge journaled before migration 40 has no
 * birthday_changed_at) restores the columns it has; the newer ones keep their current values.
 */
export function writeCustomerRow(db: Db, row: DbCustomer): void {
  const saved = row as unknown as Record<string, unknown>;
  const columns = customerColumns(db).filter(
    (column) => column !== 'seq' && column !== 'id' && saved[column] !== undefined,
  );
  const assignments = columns.map((column) => `"${column}" = @${column}`).join(', ');
  const values = Object.fromEntries(columns.map((column) => [column, saved[column]]));
  prepared(db, `UPDATE customers SET ${assignments} WHERE id = @id`).run({ ...values, id: row.id });
}

function customerColumns(db: Db): string[] {
  return prepared<[], { name: string }>(db, "SELECT name FROM pragma_table_info('customers') ORDER BY cid")
    .all()
    .map((column) => column.name);
}

/** Puts a customer's tag links, consent history and field values back exactly as saved. */
export function restoreCustomerChildren(db: Db, state: CustomerState): void {
  const id = state.row.id;
  prepared(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(id);
  for (const link of state.tags) {
    prepared(db, 'INSERT INTO customer_tags (customer_id, tag_id) VALUES (@customer_id, @tag_id)').run(link);
  }
  prepared(db, 'DELETE FROM customer_consents WHERE customer_id = ?').run(id);
  for (const consent of state.consents) {
    prepared(
      db,
      `INSERT INTO customer_consents (customer_id, channel, granted, source, recorded_at, staff_id)
       VALUES (@customer_id, @channel, @granted, @source, @recorded_at, @staff_id)`,
    ).run(consent);
  }
  prepared(db, 'DELETE FROM customer_field_values WHERE customer_id = ?').run(id);
  for (const value of state.fieldValues) {
    prepared(
      db,
      `INSERT INTO customer_field_values (customer_id, field_id, value) VALUES (@customer_id, @field_id, @value)`,
    ).run(value);
  }
}

export function trashAsMerged(
  db: Db,
  row: { id: string; deletedAt: number; mergedInto: string; clearCode: boolean },
): void {
  prepared(
    db,
    `UPDATE customers SET deleted_at = @deletedAt, merged_into = @mergedInto,
       code = CASE WHEN @clearCode = 1 THEN NULL ELSE code END
     WHERE id = @id`,
  ).run({ ...row, clearCode: row.clearCode ? 1 : 0 });
}

export interface DbMerge {
  id: string;
  kept_id: string;
  merged_id: string;
  merged_at: number;
  staff_id: string | null;
  snapshot: string;
  undone_at: number | null;
}

export function insertMerge(db: Db, merge: Omit<DbMerge, 'undone_at'>): void {
  prepared(
    db,
    `INSERT INTO customer_merges (id, kept_id, merged_id, merged_at, staff_id, snapshot)
     VALUES (@id, @kept_id, @merged_id, @merged_at, @staff_id, @snapshot)`,
  ).run(merge);
}

export function findMerge(db: Db, id: string): DbMerge | undefined {
  return prepared<[string], DbMerge>(db, 'SELECT * FROM customer_merges WHERE id = ?').get(id);
}

export function markMergeUndone(db: Db, id: string, now: number): void {
  prepared(db, 'UPDATE customer_merges SET undone_at = ? WHERE id = ?').run(now, id);
}
