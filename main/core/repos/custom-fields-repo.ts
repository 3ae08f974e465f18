import type { CustomField, CustomFieldType, CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/** A custom_fields row exactly as stored. */
export interface DbCustomField {
  id: string;
  name: string;
  type: CustomFieldType;
  /** JSON array of strings. */
  choices: string;
  position: number;
  archived_at: number | null;
  created_at: number;
}

export function toCustomField(row: DbCustomField): CustomField {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    choices: JSON.parse(row.choices) as string[],
    position: row.position,
    archived: row.archived_at !== null,
  };
}

export function listFieldRows(db: Db, includeArchived: boolean): DbCustomField[] {
  return prepared<{ all: number }, DbCustomField>(
    db,
    `SELECT * FROM custom_fields WHERE @all = 1 OR archived_at IS NULL ORDER BY position, name`,
  ).all({ all: includeArchived ? 1 : 0 });
}

export function findFieldRow(db: Db, id: string): DbCustomField | undefined {
  return prepared<[string], DbCustomField>(db, 'SELECT * FROM custom_fields WHERE id = ?').get(id);
}

/** Names are unique whatever their case, archived fields included. */
export function findFieldByName(db: Db, name: string): DbCustomField | undefined {
  return prepared<[string], DbCustomField>(db, 'SELECT * FROM custom_fields WHERE name = ?').get(name);
}

export function nextFieldPosition(db: Db): number {
  return (
    prepared<[], { next: number }>(
      db,
      'SELECT coalesce(max(position), -1) + 1 AS next FROM custom_fields',
    ).get()?.next ?? 0
  );
}

export function insertFieldRow(db: Db, row: DbCustomField): void {
  prepared(
    db,
    `INSERT INTO custom_fields (id, name, type, choices, position, archived_at, created_at)
     VALUES (@id, @name, @type, @choices, @position, @archived_at, @created_at)`,
  ).run(row);
}

export function updateFieldRow(
  db: Db,
  row: Pick<DbCustomField, 'id' | 'name' | 'choices' | 'archived_at'>,
): void {
  prepared(
    db,
    'UPDATE custom_fields SET name = @name, choices = @choices, archived_at = @archived_at WHERE id = @id',
  ).run(row);
}

/** A customer's values by field id, archived fields included: archiving hides a field, it keeps the values. */
export function fieldValuesOf(db: Db, customerId: string): Record<string, CustomFieldValue> {
  const rows = prepared<[string], { field_id: string; value: string }>(
    db,
    'SELECT field_id, value FROM customer_field_values WHERE customer_id = ? ORDER BY field_id',
  ).all(customerId);
  return Object.fromEntries(rows.map((row) => [row.field_id, JSON.parse(row.value) as CustomFieldValue]));
}

/** Stores a value (as JSON), or removes it when `value` is null. */
export function writeFieldValue(db: Db, customerId: string, fieldId: string, value: CustomFieldValue): void {
  if (value === null) {
    prepared(db, 'DELETE FROM customer_field_values WHERE customer_id = ? AND field_id = ?').run(
      customerId,
      fieldId,
    );
    return;
  }
  prepared(
    db,
    `INSERT INTO customer_field_values (customer_id, field_id, value) VALUES (?, ?, ?)
     ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value`,
  ).run(customerId, fieldId, JSON.stringify(value));
}
