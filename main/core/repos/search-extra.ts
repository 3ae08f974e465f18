import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/**
 * Rebuilds the text the search index holds besides names and contacts: the customer's tags and
 * the text of its custom field values (choices, text, dates, numbers). Call after changing either.
 */
export function refreshSearchExtra(db: Db, customerId: string): void {
  prepared(
    db,
    `UPDATE customers SET search_extra = trim(
       coalesce((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.customer_id = customers.id), '')
       || ' ' ||
       coalesce((SELECT group_concat(v.value ->> '$', ' ') FROM customer_field_values v
                 WHERE v.customer_id = customers.id AND json_type(v.value) IN ('text', 'integer', 'real')), ''))
     WHERE id = ?`,
  ).run(customerId);
}
