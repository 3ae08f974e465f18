import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import type { Consent, Customer } from '../../../shared/domain/customer.ts';
import { customerFilterSchema } from '../../../shared/domain/customer-query.ts';
import type { ExportScope } from '../../../shared/domain/exports.ts';
import type { Db } from '../db/open.ts';
import { toConsent, toCustomer, type DbConsent, type DbCustomer } from '../repos/customer-rows.ts';
import { filterSql, whereOf, type Params } from '../services/customer-filters.ts';

// Reads the customers of an export: first their ids in list order (by name), then whole
// customers a batch at a time, each batch in four set-based queries rather than four per customer.

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/** The live customers in scope, in the list's order (last name, first name). */
export function exportIds(db: Db, scope: ExportScope): string[] {
  if (scope.kind === 'all') {
    return db
      .prepare<[], string>(
        'SELECT id FROM customers INDEXED BY customers_by_sort_name WHERE deleted_at IS NULL ORDER BY sort_name, seq',
      )
      .pluck()
      .all();
  }
  if (scope.kind === 'selection') {
    return db
      .prepare<[string], string>(
        `SELECT id FROM customers WHERE deleted_at IS NULL AND id ${IN_IDS} ORDER BY sort_name, seq`,
      )
      .pluck()
      .all(JSON.stringify(scope.ids));
  }
  const filters = filterSql(db, customerFilterSchema.parse(scope.filter));
  if (filters === null) return [];
  return db
    .prepare<[Params], string>(
      `SELECT c.id FROM customers c WHERE ${whereOf(filters)} ORDER BY c.sort_name, c.seq`,
    )
    .pluck()
    .all(filters.params);
}

/** Customers whose e-mail consent in force is a yes: the only ones a mailing list may hold. */
export function emailConsentIds(db: Db): Set<string> {
  return new Set(
    db
      .prepare<[], string>(
        `SELECT customer_id FROM (SELECT customer_id, granted, max(recorded_at) FROM customer_consents
         WHERE channel = 'email' GROUP BY customer_id) WHERE granted = 1`,
      )
      .pluck()
      .all(),
  );
}

function grouped<T extends { customer_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.customer_id);
    if (group) group.push(row);
    else groups.set(row.customer_id, [row]);
  }
  return groups;
}

/** Whole customers for these ids, in the order given. */
export function readCustomers(db: Db, ids: readonly string[]): Customer[] {
  const json = JSON.stringify(ids);
  const rows = new Map(
    db
      .prepare<[string], DbCustomer>(`SELECT * FROM customers WHERE id ${IN_IDS}`)
      .all(json)
      .map((row) => [row.id, row]),
  );
  const tags = grouped(
    db
      .prepare<[string], { customer_id: string; name: string }>(
        `SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.customer_id ${IN_IDS} ORDER BY t.name COLLATE NOCASE`,
      )
      .all(json),
  );
  const consents = grouped(
    db
      .prepare<[string], DbConsent & { customer_id: string }>(
        `SELECT customer_id, channel, granted, source, max(recorded_at) AS recorded_at FROM customer_consents
         WHERE customer_id ${IN_IDS} GROUP BY customer_id, channel ORDER BY channel`,
      )
      .all(json),
  );
  const values = grouped(
    db
      .prepare<[string], { customer_id: string; field_id: string; value: string }>(
        `SELECT customer_id, field_id, value FROM customer_field_values WHERE customer_id ${IN_IDS} ORDER BY field_id`,
      )
      .all(json),
  );
  return ids.flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    const fields: Record<string, CustomFieldValue> = Object.fromEntries(
      (values.get(id) ?? []).map((value) => [value.field_id, JSON.parse(value.value) as CustomFieldValue]),
    );
    const consentList: Consent[] = (consents.get(id) ?? []).map(toConsent);
    return [
      toCustomer(
        row,
        (tags.get(id) ?? []).map((tag) => tag.name),
        consentList,
        fields,
      ),
    ];
  });
}
