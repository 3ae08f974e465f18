import type { NormalizedPhone } from '../../../shared/domain/phone.ts';
import type { Db } from '../db/open.ts';
import { manyComparedWith, setAsideIndexes } from '../db/set-aside-indexes.ts';
import { setAsideTriggers } from '../db/set-aside-triggers.ts';
import { batchedInsert, ROWS_PER_STATEMENT } from '../db/batched-insert.ts';
import { sequentialIds } from './interaction-fields.ts';
import { prepared } from '../db/statements.ts';
import { indexNewCustomers, lastCustomerSeq } from '../repos/bulk-upkeep.ts';
import { newId } from '../ids.ts';
import { reconcileAccounts } from '../loyalty/reconcile.ts';
import { writeFieldValue } from '../repos/custom-fields-repo.ts';
import { customerInserter, insertConsent, updateCustomerRow } from '../repos/customers-repo.ts';
import { readCustomerState } from '../repos/merge-repo.ts';
import { fillSearchExtraOfNew, refreshSearchExtra } from '../repos/search-extra.ts';
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
  fresh: boolean,
): void {
  // A customer written by this import has no tags yet to take off.
  if (!fresh) prepared(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
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

interface TagMemory {
  ids: Map<string, number>;
  created: number[];
}

/**
 * What hangs off a customer's row: tags, custom field values, consents, and for an existing
 * customer the search text of the first two (new customers' is filled in at the end, at once).
 */
function writeAttached(db: Db, id: string, entry: PlanEntry, fresh: boolean, tags: TagMemory): void {
  const { fields } = entry;
  const tagsChanged = !fresh || fields.tags.length > 0;
  if (tagsChanged) linkTags(db, id, fields.tags, tags.ids, tags.created, fresh);
  for (const [fieldId, value] of Object.entries(fields.customFields)) writeFieldValue(db, id, fieldId, value);
  for (const consent of entry.consents) insertConsent(db, { customerId: id, ...consent });
  if (!fresh) refreshSearchExtra(db, id);
}

function updateEntry(db: Db, entry: PlanEntry, id: string, stamp: ImportStamp, phone: NormalizedPhone): void {
  const before = readCustomerState(db, id);
  if (!before) throw new Error(`customer ${id} vanished during the import`);
  prepared(db, 'INSERT INTO import_before_images (import_seq, customer_id, snapshot) VALUES (?, ?, ?)').run(
    stamp.seq,
    id,
    JSON.stringify(before),
  );
  const columns = rowFields({ ...entry.fields }, stamp.country, phone);
  updateCustomerRow(db, { id, ...columns, updated_at: stamp.now, updated_by: stamp.staffId });
}

/**
 * New customers' rows, several to a statement, each with its line in the import's journal. What
 * hangs off a row needs the row written first: it follows each batch, in the file's order.
 */
function newCustomerWriter(db: Db, stamp: ImportStamp, tags: TagMemory) {
  const rows = customerInserter(db);
  const journal = batchedInsert(db, 'INSERT INTO import_customers (import_seq, customer_id)', '(?, ?)', 2);
  let waiting: { id: string; entry: PlanEntry }[] = [];
  const flush = () => {
    rows.flush();
    journal.flush();
    for (const { id, entry } of waiting) writeAttached(db, id, entry, true, tags);
    waiting = [];
  };
  return {
    add(id: string, entry: PlanEntry, phone: NormalizedPhone) {
      rows.add({
        id,
        ...rowFields({ ...entry.fields }, stamp.country, phone),
        created_at: stamp.now,
        updated_at: stamp.now,
        created_by: stamp.staffId,
        updated_by: stamp.staffId,
      });
      journal.add(stamp.seq, id);
      waiting.push({ id, entry });
      if (waiting.length === ROWS_PER_STATEMENT) flush();
    },
    flush,
  };
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
  const tags: TagMemory = { ids: new Map(), created: [] };
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
  const fresh = newCustomerWriter(db, stamp, tags);
  for (const [index, entry] of toWrite.entries()) {
    const phone = phoneOf(entry.fields.phone);
    if (entry.existingId === null) {
      const id = idOf(created.length);
      fresh.add(id, entry, phone);
      created.push(id);
    } else {
      // Rows are written in the file's order: an update may free a code a later new row takes.
      fresh.flush();
      updateEntry(db, entry, entry.existingId, stamp, phone);
      writeAttached(db, entry.existingId, entry, false, tags);
      updated.push(entry.existingId);
    }
    if (index % CHUNK === CHUNK - 1) yield { phase: 'saving', done: index + 1, total: toWrite.length };
  }
  fresh.flush();
  restoreIndexes();
  restoreTriggers();
  fillSearchExtraOfNew(db, afterSeq);
  indexNewCustomers(db, afterSeq);
  // New customers get their loyalty account (the tier badge); a changed birthday is settled too.
  reconcileAccounts(db, [...created, ...updated], stamp.now);
  if (tags.created.length > 0) {
    prepared(db, 'UPDATE imports SET created_tags = ? WHERE seq = ?').run(
      JSON.stringify(tags.created),
      stamp.seq,
    );
  }
  return { created, updated };
}
