import type { Db } from '../db/open.ts';
import { setAsideTriggers } from '../db/set-aside-triggers.ts';
import { prepared } from '../db/statements.ts';

/** A customer's tags and the text of its custom field values (choices, text, dates, numbers). */
const EXTRA = `trim(
  coalesce((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
            WHERE ct.customer_id = customers.id), '')
  || ' ' ||
  coalesce((SELECT group_concat(v.value ->> '$', ' ') FROM customer_field_values v
            WHERE v.customer_id = customers.id AND json_type(v.value) IN ('text', 'integer', 'real')), ''))`;

/**
 * Rebuilds the text the search index holds besides names and contacts: the customer's tags and
 * the text of its custom field values. Call after changing either.
 */
export function refreshSearchExtra(db: Db, customerId: string): void {
  prepared(db, `UPDATE customers SET search_extra = ${EXTRA} WHERE id = ?`).run(customerId);
}

/**
 * The same for every customer inserted after `afterSeq` (none of whom has search text yet), in
 * two statements rather than one trigger-driven index write per customer: at 100k imported
 * customers that took a third of the writing. Inside the caller's transaction.
 */
export function fillSearchExtraOfNew(db: Db, afterSeq: number): void {
  const restore = setAsideTriggers(db, ['customers_search_extra_update']);
  // Those with neither tags nor values would get '' again: they are left as they are.
  prepared(
    db,
    `UPDATE customers SET search_extra = ${EXTRA}
     WHERE seq > ? AND (EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = customers.id)
       OR EXISTS (SELECT 1 FROM customer_field_values v WHERE v.customer_id = customers.id))`,
  ).run(afterSeq);
  restore();
  prepared(
    db,
    `INSERT INTO customers_search_extra (rowid, extra)
     SELECT seq, search_extra FROM customers WHERE seq > ? AND search_extra <> ''`,
  ).run(afterSeq);
}
