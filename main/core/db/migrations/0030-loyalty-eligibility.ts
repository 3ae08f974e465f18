import type { Migration } from '../migration.ts';

/**
 * Whether an interaction may earn loyalty points. Everything logged at the counter does; history
 * brought in from another system's export does only when the owner asks, so importing two years of
 * till records cannot hand out two years of points nobody promised. A column, not a list kept by
 * the loyalty code, so the import and the points ledger agree without knowing about each other.
 */
export const loyaltyEligibility: Migration = {
  version: 30,
  name: 'interactions say whether they earn loyalty points',
  up: `
    ALTER TABLE interactions ADD COLUMN earns_points INTEGER NOT NULL DEFAULT 1 CHECK (earns_points IN (0, 1));
  `,
};
