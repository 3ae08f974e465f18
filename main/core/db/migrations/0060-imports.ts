import type { Migration } from '../migration.ts';

export const imports: Migration = {
  version: 60,
  name: 'the import and export journals',
  up: `
    -- One row per import that was saved (dry runs are not), with its counts, so it can be listed
    -- and undone as one step. seq is what the rows an import added point at: small and cheap.
    CREATE TABLE imports (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('customers', 'interactions', 'vcard')),
      file_name TEXT NOT NULL,
      imported_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id),
      options TEXT NOT NULL DEFAULT '{}',
      created_count INTEGER NOT NULL DEFAULT 0,
      updated_count INTEGER NOT NULL DEFAULT 0,
      skipped_count INTEGER NOT NULL DEFAULT 0,
      rejected_count INTEGER NOT NULL DEFAULT 0,
      -- Customers made for purchase history that named nobody known, and interactions added.
      customers_created INTEGER NOT NULL DEFAULT 0,
      interactions_created INTEGER NOT NULL DEFAULT 0,
      -- Ids of the tags it created (JSON), so undo removes those nobody uses by then.
      created_tags TEXT NOT NULL DEFAULT '[]',
      undone_at INTEGER
    );
    CREATE INDEX imports_by_time ON imports (imported_at);

    -- The import an interaction came from: undo removes exactly those. A column rather than a
    -- list of ids, because a million imported purchases would otherwise need a million more rows;
    -- no index, because only an undo (rare) looks for them.
    ALTER TABLE interactions ADD COLUMN import_seq INTEGER;

    -- The customers an import created. No foreign key to customers: one purged since is simply
    -- no longer there to remove.
    CREATE TABLE import_customers (
      import_seq INTEGER NOT NULL REFERENCES imports (seq),
      customer_id TEXT NOT NULL,
      PRIMARY KEY (import_seq, customer_id)
    ) WITHOUT ROWID;

    -- Customers an import changed, as they were before (JSON: row, tags, consents, field values).
    CREATE TABLE import_before_images (
      import_seq INTEGER NOT NULL REFERENCES imports (seq),
      customer_id TEXT NOT NULL,
      snapshot TEXT NOT NULL,
      PRIMARY KEY (import_seq, customer_id)
    ) WITHOUT ROWID;
    CREATE INDEX import_before_images_by_customer ON import_before_images (customer_id);
    CREATE INDEX import_customers_by_customer ON import_customers (customer_id);
    -- Purging a customer must erase every copy of their details, old versions included, and
    -- every mention of them.
    CREATE TRIGGER import_journal_purge AFTER DELETE ON customers BEGIN
      DELETE FROM import_before_images WHERE customer_id = old.id;
      DELETE FROM import_customers WHERE customer_id = old.id;
    END;

    -- Who sent which contact list out, when, how, and how many: the owner can answer for it.
    CREATE TABLE exports (
      id TEXT PRIMARY KEY,
      exported_at INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff (id),
      format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx', 'vcard', 'vcard3')),
      preset TEXT NOT NULL CHECK (preset IN ('contacts', 'mailing')),
      scope TEXT NOT NULL,
      row_count INTEGER NOT NULL
    );
    CREATE INDEX exports_by_time ON exports (exported_at);
  `,
};
