import type { Migration } from '../migration.ts';

/**
 * Customers the owner picked for a follow-up from a list (a segment, an RFM group, a dashboard
 * figure): one open pick per customer, the latest. Today suggests them until a follow-up answers
 * the pick or it is a month old. Picks go with the customer when they are erased.
 */
export const pickedFollowUps: Migration = {
  version: 96,
  name: 'follow-ups picked from a list of customers',
  up: `
    CREATE TABLE suggestion_picks (
      customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
      picked_at INTEGER NOT NULL,
      -- The list's name as the owner saw it ("Lost", "Regulars to thank"): the reason shown.
      source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 80)
    ) WITHOUT ROWID;
    CREATE INDEX suggestion_picks_by_time ON suggestion_picks (picked_at, customer_id);
  `,
};
