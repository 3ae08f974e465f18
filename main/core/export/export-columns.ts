import type { Customer } from '../../../shared/domain/customer.ts';
import { CUSTOM_PREFIX, targetLabel } from '../../../shared/domain/import-targets.ts';
import { customValueText } from '../import/values.ts';

// What each exported column says of a customer. The headers are the ones the importer maps by
// itself, and every value is written so that it reads back the same: an export imported into an
// empty database gives the same customers.

export interface ColumnSet {
  header: string[];
  values(customer: Customer): string[];
}

type Reader = (customer: Customer) => string;

function consentReader(channel: string, part: string): Reader {
  return (customer) => {
    const consent = customer.consents.find((c) => c.channel === channel);
    if (!consent) return '';
    if (part === '') return consent.granted ? 'yes' : 'no';
    // Full ISO time in UTC: exact to the millisecond, and read back as the same instant.
    return part === '_date' ? new Date(consent.recordedAt).toISOString() : consent.source;
  };
}

function readerOf(column: string, tagJoin: string): Reader {
  if (column.startsWith(CUSTOM_PREFIX)) {
    const fieldId = column.slice(CUSTOM_PREFIX.length);
    return (customer) => customValueText(customer.customFields[fieldId] ?? null);
  }
  const consent = /^consent_(email|sms|phone|post)(_date|_source)?$/.exec(column);
  if (consent) return consentReader(consent[1] ?? '', consent[2] ?? '');
  const plain: Record<string, Reader> = {
    first_name: (c) => c.firstName,
    last_name: (c) => c.lastName,
    phone: (c) => c.phone,
    email: (c) => c.email,
    birthday: (c) => c.birthday,
    address: (c) => c.address,
    notes: (c) => c.notes,
    tags: (c) => c.tags.join(tagJoin),
    code: (c) => c.code,
  };
  return plain[column] ?? (() => '');
}

export function columnSet(
  columns: readonly string[],
  fieldNames: ReadonlyMap<string, string>,
  tagSeparator: string,
): ColumnSet {
  const tagJoin = tagSeparator.trim() === '' ? tagSeparator : `${tagSeparator.trim()} `;
  const readers = columns.map((column) => readerOf(column, tagJoin));
  return {
    header: columns.map((column) =>
      column.startsWith(CUSTOM_PREFIX)
        ? (fieldNames.get(column.slice(CUSTOM_PREFIX.length)) ?? column)
        : targetLabel(column),
    ),
    values: (customer) => readers.map((read) => read(customer)),
  };
}
