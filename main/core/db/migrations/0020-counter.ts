import { normalizePhone } from '../../../../shared/domain/phone.ts';
import { readDefaultCountry } from '../../repos/default-country.ts';
import type { Migration } from '../migration.ts';

/** Visits are distinct local days with a visit or a purchase: two coffees on one morning are one visit. */
const VISIT_DAY = "date(occurred_at / 1000, 'unixepoch', 'localtime')";

export const counter: Migration = {
  version: 20,
  name: 'the counter: staff stamps, visit facts, custom fields, merges, trash and wider search',
  up: `
    ALTER TABLE customers ADD COLUMN phone_e164 TEXT NOT NULL DEFAULT '';
    -- Tags and custom field values as one text, so the search index can hold them.
    ALTER TABLE customers ADD COLUMN search_extra TEXT NOT NULL DEFAULT '';
    -- Kept up to date by the interactions service, so the list sorts 100k customers in SQLite.
    ALTER TABLE customers ADD COLUMN first_visit_at INTEGER;
    ALTER TABLE customers ADD COLUMN last_visit_at INTEGER;
    ALTER TABLE customers ADD COLUMN visit_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE customers ADD COLUMN total_spend_minor INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE customers ADD COLUMN created_by TEXT REFERENCES staff (id);
    ALTER TABLE customers ADD COLUMN updated_by TEXT REFERENCES staff (id);
    -- Set while a customer sits in the trash because it was merged into another.
    ALTER TABLE customers ADD COLUMN merged_into TEXT;
    ALTER TABLE interactions ADD COLUMN created_by TEXT REFERENCES staff (id);
    ALTER TABLE interactions ADD COLUMN updated_by TEXT REFERENCES staff (id);

    UPDATE customers SET
      first_visit_at = (SELECT min(occurred_at) FROM interactions i
        WHERE i.customer_id = customers.id AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')),
      last_visit_at = (SELECT max(occurred_at) FROM interactions i
        WHERE i.customer_id = customers.id AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')),
      visit_count = (SELECT count(DISTINCT ${VISIT_DAY}) FROM interactions i
        WHERE i.customer_id = customers.id AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')),
      total_spend_minor = (SELECT coalesce(sum(amount_minor), 0) FROM interactions i
        WHERE i.customer_id = customers.id AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')),
      search_extra = coalesce((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ct.customer_id = customers.id), '');

    CREATE INDEX customers_by_last_visit ON customers (last_visit_at, id) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_visit_count ON customers (visit_count, id) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_spend ON customers (total_spend_minor, id) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_phone_e164 ON customers (phone_e164) WHERE phone_e164 <> '';
    CREATE INDEX interactions_by_staff ON interactions (staff_id) WHERE staff_id IS NOT NULL;

    CREATE TABLE custom_fields (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean', 'choice')),
      choices TEXT NOT NULL DEFAULT '[]',
      position INTEGER NOT NULL,
      archived_at INTEGER,
      created_at INTEGER NOT NULL
    );
    -- value is JSON: a string, number or boolean as typed by the field.
    CREATE TABLE customer_field_values (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      field_id TEXT NOT NULL REFERENCES custom_fields (id),
      value TEXT NOT NULL,
      PRIMARY KEY (customer_id, field_id)
    ) WITHOUT ROWID;
    CREATE INDEX customer_field_values_by_field ON customer_field_values (field_id, value);

    -- The merge journal: snapshot holds every row the merge changed, exactly as it was, so
    -- undo restores them. No foreign keys: purging a customer erases its journal rows too.
    CREATE TABLE customer_merges (
      id TEXT PRIMARY KEY,
      kept_id TEXT NOT NULL,
      merged_id TEXT NOT NULL,
      merged_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id),
      snapshot TEXT NOT NULL,
      undone_at INTEGER
    );
    CREATE INDEX customer_merges_by_kept ON customer_merges (kept_id);
    CREATE INDEX customer_merges_by_merged ON customer_merges (merged_id);

    -- Pairs the owner said are different people; a_id < b_id so each pair is stored once.
    CREATE TABLE duplicate_dismissals (
      a_id TEXT NOT NULL,
      b_id TEXT NOT NULL,
      dismissed_at INTEGER NOT NULL,
      PRIMARY KEY (a_id, b_id),
      CHECK (a_id < b_id)
    ) WITHOUT ROWID;

    -- Tags and custom field text get a small index of their own: tagging 10k customers then
    -- re-indexes a few words each, not their names, e-mails, phones and notes as well.
    CREATE VIRTUAL TABLE customers_search_extra USING fts5 (
      extra,
      content = '', contentless_delete = 1,
      tokenize = 'trigram remove_diacritics 1'
    );
    INSERT INTO customers_search_extra (rowid, extra) SELECT seq, search_extra FROM customers WHERE search_extra <> '';
    CREATE TRIGGER customers_search_extra_insert AFTER INSERT ON customers WHEN new.search_extra <> '' BEGIN
      INSERT INTO customers_search_extra (rowid, extra) VALUES (new.seq, new.search_extra);
    END;
    CREATE TRIGGER customers_search_extra_delete AFTER DELETE ON customers BEGIN
      DELETE FROM customers_search_extra WHERE rowid = old.seq;
    END;
    CREATE TRIGGER customers_search_extra_update AFTER UPDATE OF search_extra ON customers
    WHEN old.search_extra IS NOT new.search_extra BEGIN
      DELETE FROM customers_search_extra WHERE rowid = old.seq;
      INSERT INTO customers_search_extra (rowid, extra) SELECT new.seq, new.search_extra WHERE new.search_extra <> '';
    END;
  `,
  /** E.164 needs libphonenumber, which SQL does not have: every stored phone is read once here. */
  backfill(db) {
    const country = readDefaultCountry(db);
    const rows = db
      .prepare<[], { seq: number; phone: string }>("SELECT seq, phone FROM customers WHERE phone <> ''")
      .all();
    const update = db.prepare<[string, number]>('UPDATE customers SET phone_e164 = ? WHERE seq = ?');
    for (const row of rows) update.run(normalizePhone(row.phone, country).e164, row.seq);
  },
};
