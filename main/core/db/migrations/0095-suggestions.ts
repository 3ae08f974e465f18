import type { Migration } from '../migration.ts';

/**
 * Follow-up suggestions: the customer's preferred channel, which suggestion each logged follow-up
 * answered (for the "sent / came back" report), and a partial index over the few kinds that say
 * "the shop was in touch" or "something went wrong", so Today finds complaints and recent contacts
 * without walking every interaction of the period.
 */
export const suggestions: Migration = {
  version: 95,
  name: 'follow-up suggestions: preferred channel, follow-up kinds, contact index',
  up: `
    ALTER TABLE customers ADD COLUMN preferred_channel TEXT NOT NULL DEFAULT ''
      CHECK (preferred_channel IN ('', 'email', 'sms', 'phone', 'post'));

    -- One row per follow-up logged from a suggestion. The interaction holds who, when and the text;
    -- deleting it for good (an erase, a purge) takes this row with it.
    CREATE TABLE suggestion_follow_ups (
      interaction_id TEXT PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post', 'in_person'))
    ) WITHOUT ROWID;

    CREATE INDEX interactions_contact_kinds ON interactions (kind, occurred_at, customer_id)
      WHERE kind IN ('complaint', 'feedback', 'follow_up', 'call', 'email', 'message') AND deleted_at IS NULL;
  `,
};
