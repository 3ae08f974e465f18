import {
  customFieldInputSchema,
  type CustomField,
  type CustomFieldInput,
  type CustomFieldValue,
} from '../../../shared/domain/custom-field.ts';
import { settingsChannels } from '../../../shared/ipc/channels/settings.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import {
  findFieldByName,
  findFieldRow,
  insertFieldRow,
  listFieldRows,
  nextFieldPosition,
  toCustomField,
  updateFieldRow,
  writeFieldValue,
  type DbCustomField,
} from '../repos/custom-fields-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';
import { changesBetween, fieldList } from './audit-changes.ts';

export function listCustomFields(ctx: CoreContext, includeArchived = false): CustomField[] {
  return listFieldRows(ctx.db, includeArchived).map(toCustomField);
}

function assertNameFree(db: Db, name: string, ownId?: string): void {
  const holder = findFieldByName(db, name);
  if (holder === undefined || holder.id === ownId) return;
  const hint = holder.archived_at === null ? '' : ' (archived: bring it back instead)';
  throw new AppError(
    'conflict',
    `name: there is already a custom field called "${holder.name}"${hint}`,
    'name',
  );
}

function assertChoicesUsable(type: string, choices: readonly string[]): void {
  if (type !== 'choice') {
    if (choices.length > 0)
      throw new AppError('invalid_input', 'choices: only a choice field has choices', 'choices');
    return;
  }
  if (choices.length === 0) {
    throw new AppError('invalid_input', 'choices: a choice field needs at least one choice', 'choices');
  }
  const seen = new Set<string>();
  for (const choice of choices) {
    const key = choice.toLowerCase();
    if (seen.has(key)) throw new AppError('invalid_input', `choices: "${choice}" is listed twice`, 'choices');
    seen.add(key);
  }
}

export function createCustomField(ctx: CoreContext, input: CustomFieldInput): CustomField {
  const fields = parseOrThrow(customFieldInputSchema, input);
  assertChoicesUsable(fields.type, fields.choices);
  const now = ctx.now();
  const row = ctx.db.transaction((): DbCustomField => {
    assertNameFree(ctx.db, fields.name);
    const inserted: DbCustomField = {
      id: newId(now),
      name: fields.name,
      type: fields.type,
      choices: JSON.stringify(fields.choices),
      position: nextFieldPosition(ctx.db),
      archived_at: null,
      created_at: now,
    };
    insertFieldRow(ctx.db, inserted);
    recordAudit(ctx, {
      action: 'customField.create',
      subjectType: 'customField',
      subjectId: inserted.id,
      summary: `Added the custom field "${inserted.name}" (${inserted.type})`,
      details: { values: { name: inserted.name, type: inserted.type, choices: fields.choices } },
    });
    return inserted;
  })();
  ctx.emit('settings:changed', {});
  return toCustomField(row);
}

/**
 * Renames a field, changes its choices, or archives it. Archiving hides the field from the form
 * but keeps every customer's value, so bringing it back loses nothing; a choice that is removed
 * likewise stays on the customers that have it.
 */
export function updateCustomField(ctx: CoreContext, input: ChannelInput<'customFields:update'>): CustomField {
  const change = parseOrThrow(settingsChannels['customFields:update'].input, input);
  const row = ctx.db.transaction((): DbCustomField => {
    const stored = findFieldRow(ctx.db, change.id);
    if (!stored) throw notFound('custom field', change.id);
    if (change.name !== undefined) assertNameFree(ctx.db, change.name, stored.id);
    if (change.choices !== undefined) assertChoicesUsable(stored.type, change.choices);
    const updated: DbCustomField = {
      ...stored,
      name: change.name ?? stored.name,
      choices: change.choices === undefined ? stored.choices : JSON.stringify(change.choices),
      archived_at:
        change.archived === undefined
          ? stored.archived_at
          : change.archived
            ? (stored.archived_at ?? ctx.now())
            : null,
    };
    updateFieldRow(ctx.db, updated);
    const shape = (row: DbCustomField) => ({
      name: row.name,
      choices: JSON.parse(row.choices) as unknown,
      archived: row.archived_at !== null,
    });
    const changes = changesBetween(shape(stored), shape(updated));
    if (changes.length > 0) {
      recordAudit(ctx, {
        action: 'customField.update',
        subjectType: 'customField',
        subjectId: stored.id,
        summary: `Edited the custom field "${updated.name}": ${fieldList(changes)}`,
        details: { changes },
      });
    }
    return updated;
  })();
  ctx.emit('settings:changed', {});
  return toCustomField(row);
}

function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The value as stored for this field, or null to clear it; throws a message naming the field. */
function valueFor(field: DbCustomField, raw: CustomFieldValue): CustomFieldValue {
  const value = typeof raw === 'string' ? raw.trim() : raw;
  if (value === null || value === '') return null;
  const refuse = (reason: string) =>
    new AppError(
      'invalid_input',
      `customFields.${field.id}: ${field.name} ${reason}`,
      `customFields.${field.id}`,
    );
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') throw refuse('must be text');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse('must be a number');
      return value;
    case 'date':
      if (typeof value !== 'string' || !isRealIsoDate(value))
        throw refuse('must be a real date as YYYY-MM-DD');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse('must be yes or no (true or false)');
      return value;
    case 'choice': {
      const choices = JSON.parse(field.choices) as string[];
      // Matched whatever the case, stored as the owner spelled the choice.
      const found =
        typeof value === 'string'
          ? choices.find((choice) => choice.toLowerCase() === value.toLowerCase())
          : undefined;
      if (found === undefined) throw refuse(`must be one of: ${choices.join(', ')}`);
      return found;
    }
  }
}

/**
 * Checks every given value against its field before anything is written, then stores them.
 * Fields left out keep their value (a form that does not show archived fields loses nothing);
 * null or '' clears one. An archived field may be sent back unchanged but not changed.
 */
export function writeCustomFieldValues(
  db: Db,
  customerId: string,
  values: Readonly<Record<string, CustomFieldValue>>,
  current: Readonly<Record<string, CustomFieldValue>>,
): boolean {
  const changes: [string, CustomFieldValue][] = [];
  for (const [fieldId, raw] of Object.entries(values)) {
    const field = findFieldRow(db, fieldId);
    const where = `customFields.${fieldId}`;
    if (!field) {
      throw new AppError('invalid_input', `${where}: there is no custom field with id ${fieldId}`, where);
    }
    const value = valueFor(field, raw);
    const before = current[fieldId] ?? null;
    if (value === before) continue;
    if (field.archived_at !== null) {
      throw new AppError(
        'invalid_input',
        `${where}: ${field.name} is archived; bring it back in Settings to change it`,
        where,
      );
    }
    changes.push([fieldId, value]);
  }
  for (const [fieldId, value] of changes) writeFieldValue(db, customerId, fieldId, value);
  return changes.length > 0;
}
