import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomField } from './custom-fields.ts';
import { createCustomer, searchCustomers, updateCustomer } from './customers.ts';
import { logInteraction } from './interactions.ts';
import { deleteCustomers, purgeCustomers } from './trash.ts';

// "Purge really erases": after a purge, not one byte of the customer is left in the database
// file, its write-ahead log, or the search index.

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

const SECRETS = {
  // Letters chosen so that their trigrams, which is what the search index stores, occur nowhere else.
  firstName: 'Qzxjvwkq',
  lastName: 'Brumvaxtor',
  email: 'qzx.vorpaline@example.org',
  notes: 'Zebrafinchia hates lavender',
  oldNotes: 'Fjordwumpus used to say',
  tag: 'tagzorblyx',
  field: 'fieldvaljqk',
  visitNote: 'wombatcrunchy espresso',
  consentSource: 'signupkioskzz',
};
const PHONE_DIGITS = '393479182736';

function fileBytes(): Buffer {
  const wal = `${core.dbPath}-wal`;
  return Buffer.concat([readFileSync(core.dbPath), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

function trigrams(text: string): string[] {
  const folded = text.toLowerCase();
  return Array.from({ length: folded.length - 2 }, (_, i) => folded.slice(i, i + 3));
}

it('leaves nothing of a purged customer in the file, the log or the search index', () => {
  const field = createCustomField(core.ctx, { name: 'Remarks', type: 'text' }).id;
  const keep = createCustomer(core.ctx, { firstName: 'Ann', phone: '+39 333 000 1111', tags: ['vip'] });
  logInteraction(core.ctx, { customerId: keep.id, kind: 'visit', amountMinor: 500 });
  const gone = createCustomer(core.ctx, {
    firstName: SECRETS.firstName,
    lastName: SECRETS.lastName,
    phone: '+39 347 918 2736',
    email: SECRETS.email,
    notes: SECRETS.oldNotes,
    tags: [SECRETS.tag, 'vip'],
    customFields: { [field]: SECRETS.field },
    consents: [{ channel: 'email', granted: true, source: SECRETS.consentSource }],
  });
  // An edit leaves the old text in older pages and log frames: it must go as well.
  updateCustomer(core.ctx, gone.id, {
    firstName: SECRETS.firstName,
    lastName: SECRETS.lastName,
    phone: '+39 347 918 2736',
    email: SECRETS.email,
    notes: SECRETS.notes,
    tags: [SECRETS.tag, 'vip'],
  });
  for (let i = 0; i < 3; i++) {
    logInteraction(core.ctx, {
      customerId: gone.id,
      kind: 'visit',
      amountMinor: 900,
      note: SECRETS.visitNote,
    });
  }
  const secrets = [...Object.values(SECRETS), PHONE_DIGITS, '+393479182736'];
  // The check can fail: before the purge every secret is on disk.
  const before = fileBytes();
  for (const secret of secrets) expect(before.includes(Buffer.from(secret)), secret).toBe(true);

  deleteCustomers(core.ctx, { ids: [gone.id] });
  expect(purgeCustomers(core.ctx, { ids: [gone.id] })).toEqual({ purged: 1 });

  const after = fileBytes();
  for (const secret of secrets) expect(after.includes(Buffer.from(secret)), secret).toBe(false);
  for (const query of [SECRETS.firstName, SECRETS.tag, SECRETS.field, '2736', SECRETS.email]) {
    expect(searchCustomers(core.ctx, query, 10), query).toEqual([]);
  }
  expect(tableCounts(core)).toEqual({
    counters: 2,
    custom_fields: 1,
    customer_consents: 0,
    customer_contact_plans: 0,
    customer_field_values: 0,
    customer_merges: 0,
    customer_predictions: 0,
    customer_rhythm: 1,
    customer_tags: 1,
    customers: 1,
    duplicate_dismissals: 0,
    exports: 0,
    import_before_images: 0,
    import_customers: 0,
    imports: 0,
    interactions: 1,
    loyalty_accounts: 0,
    loyalty_ledger: 0,
    loyalty_merge_moves: 0,
    loyalty_programs: 0,
    loyalty_tier_changes: 0,
    one_off_reminders: 0,
    prediction_model: 0,
    reminder_outcomes: 0,
    reminder_snoozes: 0,
    role_permissions: 0,
    segments: 0,
    settings: expect.any(Number) as number,
    staff: 0,
    staff_credentials: 0,
    suggestion_follow_ups: 0,
    suggestion_picks: 0,
    tag_stay_in_touch: 0,
    tags: 1,
    // Ann's one visit day; the purged customer's went with them.
    visit_days: 1,
  });
  // Not even a trigram of the name or the notes is left among the index's terms.
  core.ctx.db.exec("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, 'customers_search', 'row')");
  core.ctx.db.exec(
    "CREATE VIRTUAL TABLE temp.extra_terms USING fts5vocab(main, 'customers_search_extra', 'row')",
  );
  const terms = new Set(
    core.ctx.db
      .prepare<[], { term: string }>(
        'SELECT term FROM temp.search_terms UNION SELECT term FROM temp.extra_terms',
      )
      .all()
      .map((row) => row.term),
  );
  const leftovers = [SECRETS.firstName, SECRETS.lastName, 'zebrafinchia', SECRETS.tag, SECRETS.field]
    .flatMap(trigrams)
    .filter((term) => terms.has(term));
  expect(leftovers).toEqual([]);
  expect(searchCustomers(core.ctx, 'ann', 10).map((c) => c.id)).toEqual([keep.id]);
  // A contentless index only marks deleted rows; their trigrams stay in its pages until it is
  // rewritten (optimize) and the freed pages are zeroed (secure_delete).
  const nameTrigrams = trigrams(SECRETS.firstName);
  expect(nameTrigrams.filter((term) => before.includes(Buffer.from(term)))).toEqual(nameTrigrams);
  expect(nameTrigrams.filter((term) => after.includes(Buffer.from(term)))).toEqual([]);
});
