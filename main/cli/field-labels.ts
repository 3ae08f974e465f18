import type { AppErrorData } from '../../shared/ipc/result.ts';
import { CliError } from './cli-error.ts';

/** Contract field → what the user typed, so "email: …" from the core reads "--email: …" here. */
const LABELS: Readonly<Record<string, string>> = {
  firstName: '--first-name',
  lastName: '--last-name',
  phone: '--phone',
  email: '--email',
  birthday: '--birthday',
  address: '--address',
  notes: '--notes',
  tags: '--tag',
  code: '--code',
  customerId: 'CUSTOMER_ID',
  id: 'ID',
  kind: '--kind',
  occurredAt: '--at',
  channel: '--channel',
  amountMinor: '--amount',
  note: '--note',
  limit: '--limit',
  offset: '--offset',
  query: 'QUERY',
  out: '--out',
};

/**
 * Turns a core error into a CLI error whose message names the option instead of the field and
 * repeats what was typed: "birthday: is not a real date" becomes
 * "--birthday: '2023-02-30' is not a real date".
 */
export function fromCoreError(error: AppErrorData, input?: unknown): CliError {
  const field = error.field;
  if (field === undefined || !error.message.startsWith(`${field}: `)) {
    return new CliError(error.code, error.message, field);
  }
  // Updates nest the customer under "fields" ("fields.email"); tags are indexed ("tags.2").
  const key = field.replace(/^fields\./, '').split('.')[0] ?? field;
  const label = LABELS[key] ?? field;
  const typed = valueAt(input, field);
  const quoted = typeof typed === 'string' && typed.trim() !== '' ? ` '${typed}'` : '';
  return new CliError(error.code, `${label}:${quoted} ${error.message.slice(field.length + 2)}`, field);
}

function valueAt(input: unknown, path: string): unknown {
  let value = input;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}
