import { z } from 'zod';
import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import {
  fixedValidationMessages as fixed,
  patternValidationMessages as patterns,
} from '../../format/validation.messages.ts';

/** What a custom field's input holds while typing: text for most types, yes/no for a switch. */
export type RawCustomValue = string | boolean | null | undefined;
export type RawCustomValues = Record<string, RawCustomValue>;

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year = 0, month = 0, day = 0] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Checks each custom field's input by its type, with messages that read after the field's name:
 * in English, as the schemas in shared/ write theirs; `fieldMessage` shows them in the reader's language.
 */
export function rawValueSchema(field: CustomField): z.ZodType<RawCustomValue> {
  const text = z.string().max(1000, patterns.atMostCharacters.en('1000')).optional();
  switch (field.type) {
    case 'boolean':
      return z.boolean().nullable().optional();
    case 'number':
      return text.refine((value) => blank(value) || parseNumber(value ?? '') !== null, fixed.mustBeNumber.en);
    case 'date':
      return text.refine(
        (value) => blank(value) || isRealDay((value ?? '').trim()),
        fixed.realDateWritten.en,
      );
    case 'choice':
      return text.refine(
        (value) => blank(value) || field.choices.includes(value ?? ''),
        fixed.oneOfChoices.en,
      );
    case 'text':
      return text;
  }
}

/** The stored value for what was typed; an empty input clears the value (null). */
export function toStoredValue(field: CustomField, raw: RawCustomValue): CustomFieldValue {
  if (field.type === 'boolean') return typeof raw === 'boolean' ? raw : null;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return null;
  return field.type === 'number' ? parseNumber(text) : text;
}

/** What an input shows for a stored value. */
export function toRawValue(value: CustomFieldValue | undefined): RawCustomValue {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return undefined;
  // An empty yes/no reads '' too: only `true` ticks its switch, so '' and null mean the same.
  return value ?? '';
}
