import type { Migration } from '../migration.ts';

const DERIVED = `'earn', 'expire', 'reversal'`;

/**
 * Loyalty: program versions, the points ledger, a per-customer cache for badges, and the tier
 * changes. Versions and ledger rows are history: triggers refuse to change or delete them. The
 * one exception is a ledger row's customer, which a merge moves to the surviving record, and a
 * purge, which erases a customer's rows with the customer.
 */
export const loyalty: Migration = {
  version: 40,
  name: 'loyalty: program versions, points ledger, tiers',
  up: `
    -- When the birthday was last set or changed, for the birthday bonus's anti-gaming rule.
    -- Existing birthdays get the row's last update: the latest they can have changed.
    ALTER TABLE customers ADD COLUMN birthday_changed_at INTEGER;
    UPDATE customers SET birthday_changed_at = updated_at WHERE birthday <> '';

    CREATE TABLE loyalty_programs (
      version INTEGER PRIMARY KEY,
      effective_from INTEGER NOT NULL,
      definition TEXT NOT NULL CHECK (json_valid(definition)),
      created_at INTEGER NOT NULL,
      created_by TEXT REFERENCES staff (id)
    );
    CREATE TRIGGER loyalty_programs_no_update BEFORE UPDATE ON loyalty_programs BEGIN
      SELECT RAISE(ABORT, 'loyalty program versions are history: save a new version instead');
    END;
    CREATE TRIGGER loyalty_programs_no_delete BEFORE DELETE ON loyalty_programs BEGIN
      SELECT RAISE(ABORT, 'loyalty program versions are history: save a new version instead');
    END;

    -- Every change of points. Derived rows (earn, expire, reversal) carry the key of what they
    -- settle (earn:<interaction>, visit:<day>, expire:<instant>, cover:<row>) and the instant it
    -- counts from; redeem, adjust and bonus rows are decisions, kept as they were made.
    CREATE TABLE loyalty_ledger (
      id INTEGER PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'adjust', 'expire', 'bonus', 'reversal')),
      points INTEGER NOT NULL CHECK (points <> 0),
      at INTEGER NOT NULL,
      entry_key TEXT,
      interaction_id TEXT,
      reward_id TEXT,
      reward_name TEXT,
      reason TEXT NOT NULL DEFAULT '',
      staff_id TEXT REFERENCES staff (id),
      recorded_at INTEGER NOT NULL,
      CHECK ((kind IN (${DERIVED})) = (entry_key IS NOT NULL) OR kind = 'bonus')
    );
    -- Covering what a replay reads of each row, so a full recompute walks the index alone.
    CREATE INDEX loyalty_ledger_by_customer ON loyalty_ledger (customer_id, at, id, kind, points, entry_key);
    CREATE TRIGGER loyalty_ledger_append_only BEFORE UPDATE ON loyalty_ledger
    WHEN new.id IS NOT old.id OR new.kind IS NOT old.kind OR new.points IS NOT old.points
      OR new.at IS NOT old.at OR new.entry_key IS NOT old.entry_key
      OR new.interaction_id IS NOT old.interaction_id OR new.reward_id IS NOT old.reward_id
      OR new.reward_name IS NOT old.reward_name OR new.reason IS NOT old.reason
      OR new.staff_id IS NOT old.staff_id OR new.recorded_at IS NOT old.recorded_at
    BEGIN
      SELECT RAISE(ABORT, 'the points ledger is append-only: add a reversal instead');
    END;
    -- Rows go only with their customer (a purge): the cascade runs after the customer is gone.
    CREATE TRIGGER loyalty_ledger_no_delete BEFORE DELETE ON loyalty_ledger
    WHEN EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id)
    BEGIN
      SELECT RAISE(ABORT, 'the points ledger is append-only: add a reversal instead');
    END;

    -- Ledger rows a merge moved to the kept customer, so undoing it moves exactly those back.
    CREATE TABLE loyalty_merge_moves (
      merge_id TEXT NOT NULL,
      ledger_id INTEGER NOT NULL REFERENCES loyalty_ledger (id) ON DELETE CASCADE,
      from_customer_id TEXT NOT NULL,
      PRIMARY KEY (merge_id, ledger_id)
    ) WITHOUT ROWID;
    CREATE INDEX loyalty_merge_moves_by_ledger ON loyalty_merge_moves (ledger_id);

    -- A cache of each customer's tier and balance as of the last reconcile, for the badges in the
    -- list and the spotlight; due_at is the first instant something may change by time passing.
    CREATE TABLE loyalty_accounts (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      balance INTEGER NOT NULL,
      tier_rank INTEGER NOT NULL,
      tier_name TEXT,
      due_at INTEGER,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX loyalty_accounts_due ON loyalty_accounts (due_at) WHERE due_at IS NOT NULL;

    CREATE TABLE loyalty_tier_changes (
      id INTEGER PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      from_rank INTEGER NOT NULL,
      from_name TEXT,
      to_rank INTEGER NOT NULL,
      to_name TEXT,
      reason TEXT NOT NULL
    );
    CREATE INDEX loyalty_tier_changes_by_customer ON loyalty_tier_changes (customer_id, at);
    CREATE INDEX loyalty_tier_changes_by_time ON loyalty_tier_changes (at);

    -- The interactions that can earn, in the order a replay reads them, with what it reads:
    -- a full recompute walks this index alone instead of a million table rows. The filter columns
    -- are in it too: without them SQLite cannot tell the index covers the query.
    CREATE INDEX interactions_earning ON interactions (customer_id, occurred_at, id, amount_minor, kind, earns_points, deleted_at)
    WHERE deleted_at IS NULL AND earns_points = 1 AND kind IN ('visit', 'purchase');
  `,
};
