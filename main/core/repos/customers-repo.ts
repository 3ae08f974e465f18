import type { Consent, CustomerSummary, PreferredChannel } from '../../../shared/domain/customer.ts';
import { normalizePhone } from '../../../shared/domain/phone.ts';
import { foldText } from '../../../shared/domain/text.ts';
import type { Db } from '../db/open.ts';
import { batchedInsert } from '../db/batched-insert.ts';
import { prepared } from '../db/statements.ts';
import {
  toConsent,
  toCustomerSummary,
  type DbConsent,
  type DbCustomer,
  type DbCustomerSummary,
} from './customer-rows.ts';

export type CustomerWrite = Pick<
  DbCustomer,
  | 'id'
  | 'first_name'
  | 'last_name'
  | 'sort_name'
  | 'phone'
  | 'phone_digits'
  | 'phone_e164'
  | 'email'
  | 'birthday'
  | 'address'
  | 'notes'
  | 'code'
  | 'created_at'
  | 'updated_at'
  | 'created_by'
  | 'updated_by'
>;

/** Folded "last first", so the list sorts the way a person reads names, accents ignored. */
export function sortNameOf(firstName: string, lastName: string): string {
  return foldText(`${lastName} ${firstName}`);
}

/** What a list row or a search hit shows; visit facts are kept on the row by refreshVisitStats. */
export const SUMMARY_COLUMNS = `c.id, c.first_name, c.last_name, c.phone, c.email, c.code,
  (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.customer_id = c.id) AS tag_list,
  c.last_visit_at, c.visit_count, c.total_spend_minor,
  (SELECT la.tier_rank FROM loyalty_accounts la WHERE la.customer_id = c.id) AS tier_rank,
  (SELECT la.tier_name FROM loyalty_accounts la WHERE la.customer_id = c.id) AS tier_name`;

const INSERT_INTO = `INSERT INTO customers (id, first_name, last_name, sort_name, phone, phone_digits, phone_e164,
  email, birthday, address, notes, code, created_at, updated_at, created_by, updated_by, birthday_changed_at)`;
const INSERT_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * A new customer's values in the order of the insert's columns. Positional: binding sixteen names
 * from an object was a third of a bulk import's inserts. When the birthday was set is written
 * here rather than by the customers_birthday_set trigger's UPDATE of the row just written
 * (migration 61): the same value, the row written once.
 */
function insertValues(row: CustomerWrite): unknown[] {
  return [
    row.id,
    row.first_name,
    row.last_name,
    row.sort_name,
    row.phone,
    row.phone_digits,
    row.phone_e164,
    row.email,
    row.birthday,
    row.address,
    row.notes,
    row.code,
    row.created_at,
    row.updated_at,
    row.created_by,
    row.updated_by,
    row.birthday === '' ? null : row.created_at,
  ];
}

export function insertCustomer(db: Db, row: CustomerWrite): void {
  prepared(db, `${INSERT_INTO} VALUES ${INSERT_ROW}`).run(insertValues(row));
}

/** Inserts many new customers, several to a statement (a bulk import); flush before reading them. */
export function customerInserter(db: Db): { add(row: CustomerWrite): void; flush(): void } {
  const rows = batchedInsert(db, INSERT_INTO, INSERT_ROW, 17);
  return { add: (row) => rows.add(...insertValues(row)), flush: () => rows.flush() };
}

export function updateCustomerRow(db: Db, row: Omit<CustomerWrite, 'created_at' | 'created_by'>): void {
  prepared(
    db,
    `UPDATE customers SET first_name = @first_name, last_name = @last_name, sort_name = @sort_name,
       phone = @phone, phone_digits = @phone_digits, phone_e164 = @phone_e164, email = @email,
       birthday = @birthday, address = @address, notes = @notes, code = @code,
       updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id`,
  ).run(row);
}

/**
 * Re-reads every stored phone number (trashed customers too: they may come back) with this default
 * country. Only rows whose E.164 changes are written. Returns their ids.
 */
export function recomputePhoneE164(db: Db, country: string): string[] {
  const rows = db
    .prepare<[], { seq: number; id: string; phone: string; phone_e164: string }>(
      "SELECT seq, id, phone, phone_e164 FROM customers WHERE phone <> ''",
    )
    .all();
  const update = prepared<[string, number]>(db, 'UPDATE customers SET phone_e164 = ? WHERE seq = ?');
  const changed: string[] = [];
  for (const row of rows) {
    const { e164 } = normalizePhone(row.phone, country);
    if (e164 === row.phone_e164) continue;
    update.run(e164, row.seq);
    changed.push(row.id);
  }
  return changed;
}

export function findCustomerRow(db: Db, id: string): DbCustomer | undefined {
  return prepared<[string], DbCustomer>(
    db,
    'SELECT * FROM customers WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
}

/** The id of the live customer holding this code, if any (codes are unique among all customers). */
export function findIdByCode(db: Db, code: string): string | undefined {
  return prepared<[string], { id: string }>(db, 'SELECT id FROM customers WHERE code = ?').get(code)?.id;
}

export function tagsOf(db: Db, customerId: string): string[] {
  return prepared<[string], { name: string }>(
    db,
    `SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.customer_id = ? ORDER BY t.name COLLATE NOCASE`,
  )
    .all(customerId)
    .map((row) => row.name);
}

export function replaceTags(db: Db, customerId: string, tags: readonly string[]): void {
  prepared(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  for (const name of new Set(tags)) {
    prepared(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
    prepared(
      db,
      `INSERT OR IGNORE INTO customer_tags (customer_id, tag_id)
       SELECT ?, id FROM tags WHERE name = ?`,
    ).run(customerId, name);
  }
}

/** The preferred channel is written apart from the other columns: a caller that leaves it out keeps it. */
export function writePreferredChannel(db: Db, customerId: string, channel: PreferredChannel): void {
  prepared(db, 'UPDATE customers SET preferred_channel = ? WHERE id = ?').run(channel, customerId);
}

/** The consent in force per channel: the latest recorded row of each. */
export function currentConsents(db: Db, customerId: string): Consent[] {
  return prepared<[string], DbConsent>(
    db,
    `SELECT channel, granted, source, max(recorded_at) AS recorded_at FROM customer_consents
     WHERE customer_id = ? GROUP BY channel ORDER BY channel`,
  )
    .all(customerId)
    .map(toConsent);
}

export function insertConsent(
  db: Db,
  row: {
    customerId: string;
    channel: string;
    granted: boolean;
    source: string;
    recordedAt: number;
    /** Who recorded the answer; consent history says who, not only when. */
    staffId?: string | null;
  },
): void {
  prepared(
    db,
    `INSERT INTO customer_consents (customer_id, channel, granted, source, recorded_at, staff_id)
     VALUES (@customerId, @channel, @granted, @source, @recordedAt, @staffId)`,
  ).run({ ...row, granted: row.granted ? 1 : 0, staffId: row.staffId ?? null });
}

/** Kept exact by triggers on customers (migration 10), so the pager's total costs nothing. */
export function countLiveCustomers(db: Db): number {
  return (
    prepared<[], { value: number }>(db, "SELECT value FROM counters WHERE name = 'live_customers'").get()
      ?.value ?? 0
  );
}

export function listCustomerSummaries(db: Db, limit: number, offset: number): CustomerSummary[] {
  return prepared<{ limit: number; offset: number }, DbCustomerSummary>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM customers c INDEXED BY customers_by_sort_name
     WHERE c.deleted_at IS NULL ORDER BY c.sort_name, c.seq LIMIT @limit OFFSET @offset`,
  )
    .all({ limit, offset })
    .map(toCustomerSummary);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const ftsPhrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Finds live customers by any part of the name, e-mail, notes or code, or by any run of phone
 * digits however the number was typed. Terms of three characters or more use the trigram
 * index; shorter ones (trigrams cannot hold them) match the start of a name word.
 */
export function searchCustomerSummaries(db: Db, query: string, limit: number): CustomerSummary[] {
  // FTS5 reads its query as a C string: a NUL would cut the phrase short ("unterminated string").
  const trimmed = query.replaceAll('\u0000', ' ').trim();
  const looksLikePhone = /^[+(\d][\d\s()./-]*$/.test(trimmed);
  const terms = looksLikePhone ? [trimmed.replace(/\D/g, '')] : foldText(trimmed).split(/\s+/);
  const long = terms.filter((term) => [...term].length >= 3);
  const short = terms.filter((term) => term.length > 0 && [...term].length < 3);
  if (long.length === 0 && short.length === 0) return [];

  const params: Record<string, string | number> = { limit };
  const shortClauses = short.map((term, index) => {
    const name = `short${index}`;
    if (looksLikePhone) {
      params[name] = `%${escapeLike(term)}%`;
      return `c.phone_digits LIKE @${name} ESCAPE '\\'`;
    }
    // A leading space makes "jo" match the start of any word of the name, not its middle.
    params[name] = `% ${escapeLike(term)}%`;
    return `(' ' || c.sort_name) LIKE @${name} ESCAPE '\\'`;
  });
  const filters = ['c.deleted_at IS NULL', ...shortClauses];
  let sql: string;
  if (long.length > 0) {
    // Each term may match the main index (names, contacts, notes, code) or the small one (tags,
    // custom fields); every term must match one of them. CROSS JOIN keeps the hits driving.
    const perTerm = long.map((term, index) => {
      params[`term${index}`] = ftsPhrase(term);
      return `SELECT rowid FROM (
        SELECT rowid FROM customers_search WHERE customers_search MATCH @term${index}
        UNION SELECT rowid FROM customers_search_extra WHERE customers_search_extra MATCH @term${index})`;
    });
    sql = `SELECT ${SUMMARY_COLUMNS} FROM (${perTerm.join(' INTERSECT ')}) AS hits
           CROSS JOIN customers c ON c.seq = hits.rowid
           WHERE ${filters.join(' AND ')}
           ORDER BY c.sort_name, c.seq LIMIT @limit`;
  } else {
    sql = `SELECT ${SUMMARY_COLUMNS} FROM customers c INDEXED BY customers_by_sort_name
           WHERE ${filters.join(' AND ')} ORDER BY c.sort_name, c.seq LIMIT @limit`;
  }
  return prepared<Record<string, string | number>, DbCustomerSummary>(db, sql)
    .all(params)
    .map(toCustomerSummary);
}
