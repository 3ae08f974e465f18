import { normalizePhone } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';
import { newId } from '../ids.ts';
import { insertCustomer, replaceTags, sortNameOf } from '../repos/customers-repo.ts';
import { insertInteraction } from '../repos/interactions-repo.ts';
import { readDefaultCountry } from '../repos/default-country.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { refreshAllVisitStats } from '../repos/visit-stats.ts';
import type { Shop, ShopCustomer, ShopInteraction } from './generate-shop.ts';

/**
 * Big enough that commits (each an fsync under synchronous = FULL) cost nothing next to the
 * inserts, small enough that one batch never holds the write lock for long.
 */
export const BATCH_SIZE = 10_000;

/**
 * Loads a generated shop through the repos, in batched transactions: the path an importer would
 * take. Skips the services' zod parsing, which a bulk importer does once per file row anyway.
 * Returns the stored customer ids by customer index.
 */
export function bulkLoad(db: Db, shop: Shop, now: () => number = Date.now): string[] {
  const ids: string[] = [];
  const country = readDefaultCountry(db);
  const saveCustomers = db.transaction((batch: ShopCustomer[]) => {
    for (const { createdAt, input } of batch) {
      const id = newId(now());
      const phone = normalizePhone(input.phone, country);
      insertCustomer(db, {
        id,
        first_name: input.firstName,
        last_name: input.lastName,
        sort_name: sortNameOf(input.firstName, input.lastName),
        phone: input.phone,
        phone_digits: phone.digits,
        phone_e164: phone.e164,
        email: input.email,
        birthday: input.birthday,
        address: input.address,
        notes: input.notes,
        code: input.code === '' ? null : input.code,
        created_at: createdAt,
        updated_at: createdAt,
        created_by: null,
        updated_by: null,
      });
      replaceTags(db, id, input.tags);
      if (input.tags.length > 0) refreshSearchExtra(db, id);
      ids.push(id);
    }
  });
  for (let start = 0; start < shop.customers.length; start += BATCH_SIZE) {
    saveCustomers(shop.customers.slice(start, start + BATCH_SIZE));
  }

  const saveInteractions = db.transaction((batch: ShopInteraction[]) => {
    for (const { customerIndex, input } of batch) {
      const customerId = ids[customerIndex];
      if (customerId === undefined) throw new Error(`No customer at index ${customerIndex}.`);
      // Ids are minted at import time, so they reach the id index in order, as live inserts do.
      insertInteraction(db, {
        id: newId(now()),
        customer_id: customerId,
        occurred_at: input.occurredAt,
        kind: input.kind,
        channel: input.channel,
        amount_minor: input.amountMinor,
        note: input.note,
        staff_id: input.staffId,
        csat: input.csat,
        nps: input.nps,
        ces: input.ces,
        external_id: null,
        created_at: input.occurredAt,
        updated_at: input.occurredAt,
        created_by: input.staffId,
        updated_by: input.staffId,
      });
    }
  });
  for (const batch of batches(shop.interactions, BATCH_SIZE)) saveInteractions(batch);
  db.transaction(() => refreshAllVisitStats(db))();
  return ids;
}

export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
