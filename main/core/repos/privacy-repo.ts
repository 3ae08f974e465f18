import type { ConsentRecord } from '../../../shared/ipc/channels/privacy.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import type { DbInteraction } from './interactions-repo.ts';

interface DbConsentHistoryRow {
  channel: ConsentRecord['channel'];
  granted: 0 | 1;
  source: string;
  recorded_at: number;
  staff_id: string | null;
}

/** Every consent answer, newest first: the history is appended to, never rewritten. */
export function consentHistoryOf(db: Db, customerId: string): ConsentRecord[] {
  return prepared<[string], DbConsentHistoryRow>(
    db,
    `SELECT channel, granted, source, recorded_at, staff_id FROM customer_consents
     WHERE customer_id = ? ORDER BY recorded_at DESC, channel`,
  )
    .all(customerId)
    .map((row) => ({
      channel: row.channel,
      granted: row.granted === 1,
      source: row.source,
      recordedAt: row.recorded_at,
      staffId: row.staff_id,
    }));
}

/** Every interaction, removed ones included: an access request covers all we hold. */
export function allInteractionsOf(db: Db, customerId: string): DbInteraction[] {
  return prepared<[string], DbInteraction>(
    db,
    'SELECT * FROM interactions WHERE customer_id = ? ORDER BY occurred_at, id',
  ).all(customerId);
}

/** The customer and everyone merged into them (waiting in the trash), however deep the chain. */
export function customerWithMerged(db: Db, customerId: string): string[] {
  return prepared<[string], { id: string }>(
    db,
    `WITH RECURSIVE family (id) AS (
       SELECT id FROM customers WHERE id = ?
       UNION SELECT c.id FROM customers c JOIN family f ON c.merged_into = f.id
     ) SELECT id FROM family`,
  )
    .all(customerId)
    .map((row) => row.id);
}

export function staffNamesById(db: Db): Map<string, string> {
  return new Map(
    prepared<[], { id: string; display_name: string }>(db, 'SELECT id, display_name FROM staff')
      .all()
      .map((row) => [row.id, row.display_name]),
  );
}
