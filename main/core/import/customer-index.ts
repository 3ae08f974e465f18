import { normalizePhone } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';

// Who is already in the database, by the three things that identify a customer in a file: the
// customer code, the e-mail address (any case) and the phone number (E.164 when it could be
// read with the shop's country, else its digits). One scan of the customers table, so matching
// 100k rows costs map lookups rather than 300k queries.

export interface KnownCustomer {
  id: string;
  live: boolean;
}

export interface CustomerIndex {
  byCode: Map<string, KnownCustomer>;
  byEmail: Map<string, string>;
  byPhone: Map<string, string>;
}

export const codeKey = (code: string) => code;
export const emailKey = (email: string) => email.toLowerCase();

/** The phone's matching key; '' when there are too few digits to tell customers apart. */
export function phoneKeyOf(e164: string, digits: string): string {
  if (e164 !== '') return e164;
  return digits.length >= 7 ? `digits:${digits}` : '';
}

export function phoneKey(phone: string, country: string): string {
  const { e164, digits } = normalizePhone(phone, country);
  return phoneKeyOf(e164, digits);
}

export function loadCustomerIndex(db: Db): CustomerIndex {
  const index: CustomerIndex = { byCode: new Map(), byEmail: new Map(), byPhone: new Map() };
  const rows = db
    .prepare<
      [],
      {
        id: string;
        code: string | null;
        email: string;
        phone_e164: string;
        phone_digits: string;
        deleted_at: number | null;
      }
    >('SELECT id, code, email, phone_e164, phone_digits, deleted_at FROM customers ORDER BY seq')
    .iterate();
  for (const row of rows) {
    const live = row.deleted_at === null;
    // Codes are unique among all customers, trashed ones too; e-mails and phones match live ones only.
    if (row.code !== null) index.byCode.set(codeKey(row.code), { id: row.id, live });
    if (!live) continue;
    if (row.email !== '' && !index.byEmail.has(emailKey(row.email)))
      index.byEmail.set(emailKey(row.email), row.id);
    const phone = phoneKeyOf(row.phone_e164, row.phone_digits);
    if (phone !== '' && !index.byPhone.has(phone)) index.byPhone.set(phone, row.id);
  }
  return index;
}
