import type { Migration } from '../migration.ts';

const DERIVED = `'earn', 'expire', 'reversal'`;

/**
 * Loyalty at full scale: a full recompute replays every customer, but it need not read the
 * million derived ledger rows (earn, expire, reversal) to find the ledger already right. Each
 * account keeps a digest of what its derived rows add up to, key by key; the recompute compares
 * the replay with the digest and reads a customer's rows only when they differ. The decisions
 * (redeem, adjust, bonus) are replay inputs, so they get an index of their own.
 */
export const loyaltySpeed: Migration = {
  version: 71,
  name: 'loyalty: ledger digests and an index of the decisions',
  up: `
    -- A digest of the derived rows' sums per key and instant, as written by the last reconcile;
    -- NULL: unknown, so the next reconcile reads the rows (accounts from before this version too).
    ALTER TABLE loyalty_accounts ADD COLUMN ledger_digest INTEGER;

    -- A derived row written by anything but a reconcile (which writes the digest right after),
    -- or a row moved to another customer (a merge or its undo), leaves the digest unknown.
    CREATE TRIGGER loyalty_ledger_digest_on_insert AFTER INSERT ON loyalty_ledger
    WHEN new.kind IN (${DERIVED})
    BEGIN
      UPDATE loyalty_accounts SET ledger_digest = NULL
      WHERE customer_id = new.customer_id AND ledger_digest IS NOT NULL;
    END;
    CREATE TRIGGER loyalty_ledger_digest_on_move AFTER UPDATE OF customer_id ON loyalty_ledger
    WHEN new.customer_id IS NOT old.customer_id
    BEGIN
      UPDATE loyalty_accounts SET ledger_digest = NULL
      WHERE customer_id IN (old.customer_id, new.customer_id) AND ledger_digest IS NOT NULL;
    END;

    -- The decisions a replay reads, covering, in the order it reads them.
    CREATE INDEX loyalty_ledger_decisions ON loyalty_ledger (customer_id, at, id, kind, points, entry_key)
    WHERE kind IN ('redeem', 'adjust', 'bonus');
  `,
};
