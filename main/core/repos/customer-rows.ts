import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type {
  Consent,
  ConsentChannel,
  Customer,
  CustomerSummary,
  PreferredChannel,
} from '../../../shared/domain/customer.ts';

export const TAG_SEPARATOR = '\u001f';

/** A customers row exactly as stored; mapped to the domain type explicitly, never cast. */
export interface DbCustomer {
  seq: number;
  id: string;
  first_name: string;
  last_name: string;
  sort_name: string;
  phone: string;
  phone_digits: string;
  phone_e164: string;
  email: string;
  birthday: string;
  address: string;
  notes: string;
  code: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  search_extra: string;
  first_visit_at: number | null;
  last_visit_at: number | null;
  visit_count: number;
  total_spend_minor: number;
  created_by: string | null;
  updated_by: string | null;
  merged_into: string | null;
  birthday_changed_at: number | null;
  preferred_channel: PreferredChannel;
}

export interface DbCustomerSummary {
  id: string;
  first_name: string;
  last_name: string;
  phone: string;
  email: string;
  code: string | null;
  /** Tag names joined by a unit separator (U+001F), which a tag cannot contain. */
  tag_list: string | null;
  last_visit_at: number | null;
  visit_count: number;
  total_spend_minor: number;
  /** The loyalty tier cached by the last reconcile (loyalty_accounts); null without one. */
  tier_rank: number | null;
  tier_name: string | null;
}

export interface DbConsent {
  channel: ConsentChannel;
  granted: 0 | 1;
  source: string;
  recorded_at: number;
}

export function toCustomer(
  row: DbCustomer,
  tags: string[],
  consents: Consent[],
  customFields: Record<string, CustomFieldValue>,
): Customer {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    phoneDigits: row.phone_digits,
    phoneE164: row.phone_e164,
    phoneFlagged: row.phone !== '' && row.phone_e164 === '',
    email: row.email,
    birthday: row.birthday,
    address: row.address,
    notes: row.notes,
    tags,
    code: row.code ?? '',
    consents,
    preferredChannel: row.preferred_channel,
    customFields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

export function toCustomerSummary(row: DbCustomerSummary): CustomerSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    email: row.email,
    code: row.code ?? '',
    tags: row.tag_list ? row.tag_list.split(TAG_SEPARATOR) : [],
    lastVisitAt: row.last_visit_at,
    visitCount: row.visit_count,
    totalSpendMinor: row.total_spend_minor,
    loyaltyTier:
      row.tier_rank === null || row.tier_name === null ? null : { rank: row.tier_rank, name: row.tier_name },
  };
}

export function toConsent(row: DbConsent): Consent {
  return {
    channel: row.channel,
    granted: row.granted === 1,
    source: row.source,
    recordedAt: row.recorded_at,
  };
}
