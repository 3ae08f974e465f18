import type { Consent, ConsentChannel, Customer, CustomerSummary } from '../../../shared/domain/customer.ts';

/** A customers row exactly as stored; mapped to the domain type explicitly, never cast. */
export interface DbCustomer {
  seq: number;
  id: string;
  first_name: string;
  last_name: string;
  sort_name: string;
  phone: string;
  phone_digits: string;
  email: string;
  birthday: string;
  address: string;
  notes: string;
  code: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface DbCustomerSummary {
  id: string;
  first_name: string;
  last_name: string;
  phone: string;
  email: string;
  code: string | null;
  last_visit_at: number | null;
}

export interface DbConsent {
  channel: ConsentChannel;
  granted: 0 | 1;
  source: string;
  recorded_at: number;
}

export function toCustomer(row: DbCustomer, tags: string[], consents: Consent[]): Customer {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    phoneDigits: row.phone_digits,
    email: row.email,
    birthday: row.birthday,
    address: row.address,
    notes: row.notes,
    tags,
    code: row.code ?? '',
    consents,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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
    lastVisitAt: row.last_visit_at,
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
