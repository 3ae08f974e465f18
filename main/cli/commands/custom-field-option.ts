import type { CustomField, CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { Core } from '../../core/core.ts';
import { CliError, invalidInput } from '../cli-error.ts';
import { fromCoreError } from '../field-labels.ts';

// `--field NAME=VALUE` on `customers add` and `customers edit`: custom fields by the name the
// owner gave them, converted to each field's type.

export interface FieldOption {
  name: string;
  value: string;
}

export const FIELD_OPTION_HELP =
  'a custom field by name, e.g. --field "Shoe size=38"; repeat for several; an empty value clears it';

/** Splits "Shoe size=38" before the database is opened, so a typo changes nothing. */
export function parseFieldOptions(texts: readonly string[] = []): FieldOption[] {
  return texts.map((text) => {
    const at = text.indexOf('=');
    if (at <= 0 || text.slice(0, at).trim() === '') {
      throw invalidInput(`--field: '${text}' is not NAME=VALUE, e.g. --field "Shoe size=38"`, 'customFields');
    }
    return { name: text.slice(0, at).trim(), value: text.slice(at + 1) };
  });
}

const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

function convert(field: CustomField, text: string): CustomFieldValue {
  const value = text.trim();
  if (value === '') return null;
  if (field.type === 'number') {
    if (!/^-?\d+(?:[.,]\d+)?$/.test(value)) {
      throw invalidInput(`--field ${field.name}: '${text}' is not a number`, `customFields.${field.id}`);
    }
    return Number(value.replace(',', '.'));
  }
  if (field.type === 'boolean') {
    const lower = value.toLowerCase();
    if (YES.includes(lower)) return true;
    if (NO.includes(lower)) return false;
    throw invalidInput(`--field ${field.name}: '${text}' is not yes or no`, `customFields.${field.id}`);
  }
  // Text, dates and choices go as typed: the core checks them and names the field.
  return value;
}

/** The values by field id; names match whatever their case. */
export function customFieldValues(
  fields: readonly CustomField[],
  options: readonly FieldOption[],
): Record<string, CustomFieldValue> {
  const values: Record<string, CustomFieldValue> = {};
  for (const option of options) {
    const field = fields.find((f) => f.name.toLowerCase() === option.name.toLowerCase());
    if (!field) {
      const known = fields.filter((f) => !f.archived).map((f) => `"${f.name}"`);
      const hint = known.length === 0 ? 'there are none yet' : `the fields are ${known.join(', ')}`;
      throw invalidInput(
        `--field: there is no custom field called "${option.name}" (${hint})`,
        'customFields',
      );
    }
    values[field.id] = convert(field, option.value);
  }
  return values;
}

/**
 * One call through the dispatcher, like `request`, but a refused custom field value names the
 * option: "--field Hair must be one of: curly, straight" rather than a field id.
 */
export function requestWithFields<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): ChannelOutput<C> {
  const result = core.call(channel, input);
  if (result.ok) return result.data as ChannelOutput<C>;
  const field = result.error.field ?? '';
  if (/^(fields\.)?customFields\./.test(field) && result.error.message.startsWith(`${field}: `)) {
    throw new CliError(result.error.code, `--field ${result.error.message.slice(field.length + 2)}`, field);
  }
  throw fromCoreError(result.error, input);
}
