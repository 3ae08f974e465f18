import { CONSENT_CHANNELS, type ConsentChannel } from './customer.ts';

// Where a column of an imported file goes. Customer files map to customer fields (or a custom
// field, as "custom:<field id>"); purchase and visit files to interaction fields.

export const IMPORT_KINDS = ['customers', 'interactions', 'vcard'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ENCODING_CHOICES = ['auto', 'utf-8', 'windows-1252', 'utf-16'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

export const DELIMITER_CHOICES = ['auto', ',', ';', 'tab'] as const;
export type DelimiterChoice = (typeof DELIMITER_CHOICES)[number];

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const DUPLICATE_POLICIES = ['skip', 'fill', 'overwrite', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

const consentTargets = CONSENT_CHANNELS.flatMap(
  (channel) => [`consent_${channel}`, `consent_${channel}_date`, `consent_${channel}_source`] as const,
);

export const CUSTOMER_TARGETS = [
  'first_name',
  'last_name',
  'full_name',
  'phone',
  'email',
  'birthday',
  'address',
  'notes',
  'tags',
  'code',
  ...consentTargets,
] as const;
export type CustomerTarget = (typeof CUSTOMER_TARGETS)[number];

export const INTERACTION_TARGETS = [
  'customer_ref',
  'occurred_at',
  'kind',
  'amount',
  'note',
  'external_id',
  'channel',
  'first_name',
  'last_name',
  'full_name',
] as const;
export type InteractionTarget = (typeof INTERACTION_TARGETS)[number];

export const IGNORE = 'ignore';
export const CUSTOM_PREFIX = 'custom:';

/** A column's destination: a field name above, "custom:<field id>", or "ignore". */
export type ColumnTarget = string;

export function isCustomTarget(target: string): boolean {
  return target.startsWith(CUSTOM_PREFIX);
}

export function consentTarget(channel: ConsentChannel, part: '' | '_date' | '_source'): CustomerTarget {
  return `consent_${channel}${part}`;
}

const CHANNEL_LABELS: Record<ConsentChannel, string> = {
  email: 'Email',
  sms: 'SMS',
  phone: 'Phone',
  post: 'Post',
};

/** How each target is named in the wizard and in exported headers. */
export function targetLabel(target: string): string {
  const consent = /^consent_(email|sms|phone|post)(_date|_source)?$/.exec(target);
  if (consent) {
    const channel = CHANNEL_LABELS[consent[1] as ConsentChannel];
    return `${channel} Consent${consent[2] === '_date' ? ' Date' : consent[2] === '_source' ? ' Source' : ''}`;
  }
  const labels: Record<string, string> = {
    first_name: 'First Name',
    last_name: 'Last Name',
    full_name: 'Full Name',
    phone: 'Phone',
    email: 'Email',
    birthday: 'Birthday',
    address: 'Address',
    notes: 'Notes',
    tags: 'Tags',
    code: 'Customer Code',
    customer_ref: 'Customer (code, e-mail or phone)',
    occurred_at: 'Date and time',
    kind: 'Kind',
    amount: 'Amount',
    note: 'Note',
    external_id: 'External ID',
    channel: 'Channel',
    ignore: 'Ignore',
  };
  return labels[target] ?? target;
}
