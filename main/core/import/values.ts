import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { DateOrder } from '../../../shared/domain/import-targets.ts';
import type { DbCustomField } from '../repos/custom-fields-repo.ts';
import { readBirthday } from './dates.ts';

// Text from a file turned into the values Regulars stores, each with the reason when it cannot be.

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string; ambiguous?: boolean };

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'subscribed',
  'optedin',
  'optin',
  'granted',
  'si',
  'oui',
  'ja',
  'sim',
  'accepted',
  'confirmed',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'unsubscribed',
  'optedout',
  'optout',
  'denied',
  'refused',
  'non',
  'nein',
  'nao',
  'notsubscribed',
  'declined',
]);

/** Yes/no in the words exports use ("subscribed", "opted in", "sì", "oui"…). */
export function readYesNo(text: string): Reading<boolean> {
  const key = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, reason: `'${text}' is neither yes nor no` };
}

function readNumber(text: string): Reading<number> {
  const normal = text.replace(/[\s\u00a0']/g, '');
  // One comma and no dot is a decimal comma (38,5); otherwise commas group thousands.
  const decimal = /^-?\d+,\d+$/.test(normal) ? normal.replace(',', '.') : normal.replaceAll(',', '');
  const value = Number(decimal);
  if (decimal === '' || !/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(decimal) || !Number.isFinite(value)) {
    return { ok: false, reason: `'${text}' is not a number` };
  }
  return { ok: true, value };
}

/** A custom field's value from text, by the field's type; the same rules the customer form checks. */
export function readCustomValue(
  field: DbCustomField,
  text: string,
  order: DateOrder | undefined,
): Reading<CustomFieldValue> {
  switch (field.type) {
    case 'text':
      return text.length > 1000
        ? { ok: false, reason: 'is longer than 1000 characters' }
        : { ok: true, value: text };
    case 'number':
      return readNumber(text);
    case 'boolean':
      return readYesNo(text);
    case 'date': {
      const date = readBirthday(text, order);
      if (!date.ok) return date;
      if (date.value.startsWith('--')) return { ok: false, reason: `'${text}' has no year` };
      return date;
    }
    case 'choice': {
      const choices = JSON.parse(field.choices) as string[];
      const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
      return found === undefined
        ? { ok: false, reason: `'${text}' is not one of: ${choices.join(', ')}` }
        : { ok: true, value: found };
    }
  }
}

/** How a custom field's value is written to a file, so that readCustomValue reads it back the same. */
export function customValueText(value: CustomFieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
