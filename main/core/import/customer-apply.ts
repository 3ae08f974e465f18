import type { NormalizedPhone } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';
import { manyComparedWith, setAsideIndexes } from '../db/set-aside-indexes.ts';
import { setAsideTriggers } from '../db/set-aside-triggers.ts';
import { sequentialIds } from './interaction-fields.ts';
import { prepared } from '../db/statements.ts';
import { indexNewCustomers, lastCustomerSeq } from '../repos/bulk-upkeep.ts';
import { newId } from '../ids.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { writeFieldValue } from '../repos/custom-fields-repo.ts';
import { insertConsent, insertCustomer, updateCustomerRow } from '../repos/customers-repo.ts';
import { readCustomerState } from '../repos/merge-repo.ts';
import { refreshSearchExtra } from '../repos/search-extra.ts';
import { rowFields } from '../services/customers.ts';
import type { PlanEntry } from './customer-plan.ts';
import type { Step } from './steps.ts';

/** Who and when an import writes as, and the journal row its additions point at. */
export interface ImportStamp {
  seq: number;
  now: number;
  staffId: string | null;
  country: string;
}

const CHUNK = 500;

/** Links tags by name, creating missing ones; tag ids are remembered across the whole import. */
function linkTags(
  db: Db,
  customerId: string,
  tags: readonly string[],
  cache: Map<string, number>,
  created: number[],
): void {
  prepared(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  for (const tag of tags) {
    const key = tag.toLowerCase();
    let tagId = cache.get(key);
    if (tagId === undefined) {
      const made = prepared(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(tag);
      tagId = prepared<[string], { id: number }>(db, 'SELECT id FROM tags WHERE name = ?').get(tag)?.id ?? -1;
      cache.set(key, tagId);
      if (made.changes > 0) created.push(tagId);
    }
    prepared(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)').run(
      customerId,
      tagId,
    );
  }
}

function writeEntry(
  db: Db,
  entry: PlanEntry,
  stamp: ImportStamp,
  phone: NormalizedPhone,
  tagIds: Map<string, number>,
  createdTags: number[],
  nextId: () => string,
): string {
  const { fields } = entry;
  const columns = rowFields({ ...fields }, stamp.country, phone);
  let id = entry.existingId;
  let tagsChanged = fields.tags.length > 0;
  let valuesChanged = Object.keys(fields.customFields).length > 0;
  if (id === null) {
    id = nextId();
    insertCustomer(db, {
      id,
      ...columns,
      created_at: stamp.now,
      updated_at: stamp.now,
      created_by: stamp.staffId,
      updated_by: stamp.staffId,
    });
    prepared(db, 'INSERT INTO import_customers (import_seq, customer_id) VALUES (?, ?)').run(stamp.seq, id);
    if (tagsChanged) linkTags(db, id, fields.tags, tagIds, createdTags);
    for (const [fieldId, value] of Object.entries(fields.customFields))
      writeFieldValue(db, id, fieldId, value);
  } else {
    const before = readCustomerState(db, id);
    if (!before) throw new Error(`customer ${id} vanished during the import`);
    prepared(db, 'INSERT INTO import_before_images (import_seq, customer_id, snapshot) VALUES (?, ?, ?)').run(
      stamp.seq,
      id,
      JSON.stringify(before),
    );
    updateCustomerRow(db, { id, ...columns, updated_at: stamp.now, updated_by: stamp.staffId });
    linkTags(db, id, fields.tags, tagIds, createdTags);
    for (const [fieldId, value] of Object.entries(fields.customFields))
      writeFieldValue(db, id, fieldId, value);
    tagsChanged = true;
    valuesChanged = true;
  }
  for (const consent of entry.consents) insertConsent(db, { customerId: id, ...consent });
  if (tagsChanged || valuesChanged) refreshSearchExtra(db, id);
  return id;
}

/** Writes the planned customers; returns the ids created and updated. */
export function* applyCustomerPlan(
  db: Db,
  entries: readonly PlanEntry[],
  stamp: ImportStamp,
  phoneOf: (phone: string) => NormalizedPhone,
): Generator<Step, { created: string[]; updated: string[] }> {
  const created: string[] = [];
  const updated: string[] = [];
  const tagIds = new Map<string, number>();
  const createdTags: number[] = [];
  const toWrite = entries.filter((entry) => entry.changed);
  // New customers' search text is written in one statement at the end: row by row, the trigram
  // index took two thirds of a 100k-customer import. Nothing searches before the commit.
  const afterSeq = lastCustomerSeq(db);
  const restoreTriggers = setAsideTriggers(db, ['customers_search_insert']);
  // Into a table that holds fewer rows than the file brings (a first import), the plain indexes
  // (names, phones, e-mails, visit facts…) are built once after the rows rather than each taking
  // every row at random: half the writing time at 100k customers. The unique ones stay.
  const restoreIndexes = manyComparedWith(db, 'customers', toWrite.length)
    ? setAsideIndexes(db, 'customers')
    : () => {};
  // In order, so new ids reach the id index (and those by visit facts, which end in the id) at
  // its end instead of scattering over its pages: a third of the time at 100k customers.
  const idOf = sequentialIds(newId(stamp.now));
  let made = 0;
  const nextId = () => idOf(made++);
  for (const [index, entry] of toWrite.entries()) {
    const id = writeEntry(db, entry, stamp, phoneOf(entry.fields.phone), tagIds, createdTags, nextId);
    (entry.existingId === null ? created : updated).push(id);
    if (index % CHUNK === CHUNK - 1) yield { phase: 'saving', done: index + 1, total: toWrite.length };
  }
  restoreIndexes();
  restoreTriggers();
  indexNewCustomers(db, afterSeq);
  // New customers get their loyalty account (the tier badge); a changed birthday is settled too.
  reconcileAccounts(db, [...created, ...updated], stamp.now);
  if (createdTags.length > 0) {
    prepared(db, 'UPDATE imports SET created_tags = ? WHERE seq = ?').run(
      JSON.stringify(createdTags),
      stamp.seq,
    );
  }
  return { created, updated };
}
