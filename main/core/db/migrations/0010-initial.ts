import type { Migration } from '../migration.ts';

const KINDS = `'visit','purchase','call','email','message','note','complaint','feedback','follow_up'`;
const CHANNELS = `'in_person','phone','email','sms','social','chat','web'`;

export const initial: Migration = {
  version: 10,
  name: 'customers, interactions, staff, settings and search',
  up: `
    CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      display_name TEXT NOT NULL,
      initials TEXT NOT NULL DEFAULT '',
      color TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('owner', 'manager', 'staff')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    -- seq is the rowid the search index points at; id is what everything else references.
    CREATE TABLE customers (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL DEFAULT '',
      sort_name TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      phone_digits TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      birthday TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      code TEXT UNIQUE,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      deleted_at INTEGER
    );
    -- The rowid (seq) is the implicit tie-break, which keeps the index narrow and deep pages cheap.
    CREATE INDEX customers_by_sort_name ON customers (sort_name) WHERE deleted_at IS NULL;
    CREATE INDEX customers_in_trash ON customers (deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX customers_by_phone_digits ON customers (phone_digits) WHERE phone_digits <> '';
    CREATE INDEX customers_by_email ON customers (email COLLATE NOCASE) WHERE email <> '';

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE customer_tags (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags (id),
      PRIMARY KEY (customer_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX customer_tags_by_tag ON customer_tags (tag_id, customer_id);

    -- Consent is a history: every change is a new row, the latest per channel is in force.
    CREATE TABLE customer_consents (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post')),
      granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
      source TEXT NOT NULL,
      recorded_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id),
      PRIMARY KEY (customer_id, channel, recorded_at)
    ) WITHOUT ROWID;

    CREATE TABLE interactions (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      occurred_at INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
      channel TEXT NOT NULL DEFAULT 'in_person' CHECK (channel IN (${CHANNELS})),
      amount_minor INTEGER,
      note TEXT NOT NULL DEFAULT '',
      staff_id TEXT REFERENCES staff (id),
      csat INTEGER CHECK (csat BETWEEN 1 AND 5),
      nps INTEGER CHECK (nps BETWEEN 0 AND 10),
      ces INTEGER CHECK (ces BETWEEN 1 AND 7),
      external_id TEXT UNIQUE,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      deleted_at INTEGER
    );
    CREATE INDEX interactions_by_customer ON interactions (customer_id, occurred_at);
    CREATE INDEX interactions_by_time ON interactions (occurred_at);

    -- Exact counts kept by triggers: count(*) walks a whole index (ms at 100k), a counter is O(1).
    CREATE TABLE counters (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO counters (name, value) VALUES ('live_customers', 0);
    CREATE TRIGGER count_customer_insert AFTER INSERT ON customers WHEN new.deleted_at IS NULL BEGIN
      UPDATE counters SET value = value + 1 WHERE name = 'live_customers';
    END;
    CREATE TRIGGER count_customer_delete AFTER DELETE ON customers WHEN old.deleted_at IS NULL BEGIN
      UPDATE counters SET value = value - 1 WHERE name = 'live_customers';
    END;
    CREATE TRIGGER count_customer_trash AFTER UPDATE OF deleted_at ON customers
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
      UPDATE counters SET value = value + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END)
      WHERE name = 'live_customers';
    END;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    -- Trigram with diacritics removed gives accent-blind substring search ("nun" finds Núñez)
    -- over names, e-mail, phone digits (so the last four digits match) and notes, in one index.
    -- The name goes in folded (sort_name, folded in JS), because SQLite leaves ł or ø as they are.
    CREATE VIRTUAL TABLE customers_search USING fts5 (
      name, email, phone_digits, code, notes,
      content = '', contentless_delete = 1,
      tokenize = 'trigram remove_diacritics 1'
    );
    CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_search (rowid, name, email, phone_digits, code, notes)
      VALUES (new.seq, new.sort_name, new.email, new.phone_digits, coalesce(new.code, ''), new.notes);
    END;
    CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
      DELETE FROM customers_search WHERE rowid = old.seq;
    END;
    CREATE TRIGGER customers_search_update
    AFTER UPDATE OF sort_name, email, phone_digits, code, notes ON customers BEGIN
      DELETE FROM customers_search WHERE rowid = old.seq;
      INSERT INTO customers_search (rowid, name, email, phone_digits, code, notes)
      VALUES (new.seq, new.sort_name, new.email, new.phone_digits, coalesce(new.code, ''), new.notes);
    END;
  `,
};
