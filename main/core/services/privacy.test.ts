import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { checkDatabase } from '../db/check.ts';
import { makeTempCore, tableCounts, TEST_ACTOR, type TempCore } from '../test-support/temp-core.ts';
import { listAudit } from './audit.ts';
import { createCustomField } from './custom-fields.ts';
import { createCustomer, searchCustomers, updateCustomer } from './customers.ts';
import { deleteInteraction, logInteraction } from './interactions.ts';
import { mergeCustomers } from './merge.ts';
import { eraseCustomer } from './privacy-erase.ts';
import { exportCustomerData, listConsentHistory } from './privacy-export.ts';
import { setCurrentStaffId } from './session.ts';
import { createStaff } from './staff.ts';

let core: TempCore;
let clock: number;
const T0 = Date.UTC(2026, 10, 22, 9, 0);
beforeEach(() => {
  clock = T0;
  core = makeTempCore({ now: () => (clock += 60_000) });
});
afterEach(() => core.dispose());

// Trigram-unique words, so "not in the file" cannot pass by accident or fail on a neighbour.
const SECRET = {
  first: 'Qzxjvwkq',
  last: 'Brumvaxtor',
  email: 'qzx.vorpaline@example.org',
  notes: 'Zebrafinchia hates lavender',
  oldNotes: 'Fjordwumpus used to say',
  visit: 'wombatcrunchy espresso',
  twin: 'Xylophrax',
  field: 'fieldvaljqk',
};

function shop() {
  const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
  setCurrentStaffId(core.ctx, sam.id);
  const field = createCustomField(core.ctx, { name: 'Remarks', type: 'text' }).id;
  const ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Other', notes: 'stays' });
  logInteraction(core.ctx, { customerId: ann.id, kind: 'visit', note: 'stays too' });
  const gone = createCustomer(core.ctx, {
    firstName: SECRET.first,
    lastName: SECRET.last,
    email: SECRET.email,
    phone: '+39 347 918 2736',
    notes: SECRET.oldNotes,
    customFields: { [field]: SECRET.field },
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  });
  updateCustomer(core.ctx, gone.id, {
    firstName: SECRET.first,
    lastName: SECRET.last,
    email: SECRET.email,
    phone: '+39 347 918 2736',
    notes: SECRET.notes,
    customFields: { [field]: SECRET.field },
    consents: [{ channel: 'email', granted: false, source: 'asked us by phone' }],
  });
  const visit = logInteraction(core.ctx, {
    customerId: gone.id,
    kind: 'visit',
    amountMinor: 1250,
    note: SECRET.visit,
  });
  logInteraction(core.ctx, { customerId: gone.id, kind: 'note', note: 'removed later' });
  const removed = logInteraction(core.ctx, { customerId: gone.id, kind: 'call' });
  deleteInteraction(core.ctx, removed.id);
  // A duplicate of the same person, merged in: erasing the person erases it too.
  const twin = createCustomer(core.ctx, { firstName: SECRET.twin, lastName: SECRET.last });
  mergeCustomers(core.ctx, { keepId: gone.id, otherId: twin.id, choices: {} });
  return { sam, ann, gone, twin, visit };
}

describe('privacy:consentHistory', () => {
  it('keeps every answer with who recorded it, newest first', () => {
    const { gone, sam } = shop();
    expect(listConsentHistory(core.ctx, gone.id)).toEqual([
      {
        channel: 'email',
        granted: false,
        source: 'asked us by phone',
        recordedAt: expect.any(Number) as number,
        staffId: sam.id,
      },
      {
        channel: 'email',
        granted: true,
        source: 'counter form',
        recordedAt: expect.any(Number) as number,
        staffId: sam.id,
      },
    ]);
    expect(() => listConsentHistory(core.ctx, 'nobody')).toThrow('No customer with id nobody.');
  });
});

describe('privacy:export', () => {
  it('hands over everything held about the customer as readable JSON, and records that it did', () => {
    const { gone, twin } = shop();
    const file = exportCustomerData(core.ctx, gone.id);
    expect(file.fileName).toBe('regulars-qzxjvwkq-brumvaxtor-2026-11-22.json');
    expect(file.mimeType).toBe('application/json');
    const document = JSON.parse(file.content) as Record<string, unknown>;
    expect(document).toMatchObject({
      customer: {
        id: gone.id,
        firstName: SECRET.first,
        email: SECRET.email,
        notes: SECRET.notes,
        customFields: { Remarks: SECRET.field },
        addedBy: 'Sam Okafor',
      },
      consentHistory: [
        { channel: 'email', answer: 'declined', source: 'asked us by phone', recordedBy: 'Sam Okafor' },
        { channel: 'email', answer: 'agreed', source: 'counter form', recordedBy: 'Sam Okafor' },
      ],
      mergedRecords: [{ details: { id: twin.id, firstName: SECRET.twin } }],
    });
    const interactions = document.interactions as {
      kind: string;
      amount: string | null;
      removed: boolean;
      servedBy: string;
    }[];
    expect(interactions.map((i) => [i.kind, i.amount, i.removed, i.servedBy])).toEqual([
      ['visit', '12.50', false, 'Sam Okafor'],
      ['note', null, false, 'Sam Okafor'],
      ['call', null, true, 'Sam Okafor'],
    ]);
    const history = document.changeHistory as { what: string }[];
    expect(history.map((h) => h.what)).toContain('Edited a customer: notes, consent.email');
    expect(file.content).toContain('\n  "customer": {\n');
    expect(listAudit(core.ctx, { limit: 1 }).items[0]).toMatchObject({
      action: 'customer.export',
      customerId: gone.id,
      actorLabel: 'Sam Okafor',
    });
  });
});

describe('privacy:erase', () => {
  function fileBytes(): Buffer {
    const wal = `${core.dbPath}-wal`;
    return Buffer.concat([readFileSync(core.dbPath), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
  }

  it('erases the customer and whoever was merged into them: rows, search, and the trail’s copies of values', () => {
    const { gone, twin, ann } = shop();
    const secrets = [...Object.values(SECRET), '393479182736', 'asked us by phone'];
    const before = fileBytes();
    for (const secret of secrets) expect(before.includes(Buffer.from(secret)), secret).toBe(true);
    const annTrailBefore = listAudit(core.ctx, { customerId: ann.id }).items;

    expect(eraseCustomer(core.ctx, gone.id)).toEqual({ erasedIds: [gone.id, twin.id] });

    const after = fileBytes();
    for (const secret of secrets) expect(after.includes(Buffer.from(secret)), secret).toBe(false);
    for (const query of [SECRET.first, SECRET.twin, SECRET.email, '2736']) {
      expect(searchCustomers(core.ctx, query, 10), query).toEqual([]);
    }
    expect(tableCounts(core)).toMatchObject({
      customers: 1,
      interactions: 1,
      customer_consents: 0,
      customer_merges: 0,
    });

    // What the trail keeps of them: what happened and who did it, without a single value.
    const trail = listAudit(core.ctx, { customerId: gone.id, limit: 100 }).items.filter(
      (entry) => entry.action !== 'customer.erase',
    );
    expect(trail.length).toBeGreaterThan(5);
    for (const entry of trail) {
      expect(entry).toMatchObject({ redacted: true, details: {}, subjectName: null });
      for (const secret of secrets) expect(entry.summary).not.toContain(secret);
    }
    const erased = listAudit(core.ctx, { limit: 1 }).items[0] as AuditEntry;
    expect(erased).toMatchObject({
      action: 'customer.erase',
      actorLabel: 'Sam Okafor',
      subjectId: gone.id,
      summary: 'Erased a customer at their request, with 1 record(s) merged into them',
      redacted: false,
    });
    // Someone else's history is untouched, and the whole chain still verifies.
    expect(listAudit(core.ctx, { customerId: ann.id }).items).toEqual(annTrailBefore);
    expect(checkDatabase(core.ctx.db)).toEqual({ ok: true, problems: [] });
  });

  it('erases a customer already in the trash, and refuses one that does not exist, changing nothing', () => {
    const { ann } = shop();
    // Sam is staff: erasing is the owner's, by default.
    expect(core.call('privacy:erase', { customerId: ann.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    core.ctx.session.actor = TEST_ACTOR;
    expect(core.call('customers:delete', { ids: [ann.id] })).toMatchObject({ ok: true });
    expect(core.call('privacy:erase', { customerId: ann.id })).toEqual({
      ok: true,
      data: { erasedIds: [ann.id] },
    });
    const counts = tableCounts(core);
    const entries = listAudit(core.ctx, { limit: 500 }).items.length;
    expect(core.call('privacy:erase', { customerId: ann.id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No customer with id ${ann.id}.` },
    });
    expect(tableCounts(core)).toEqual(counts);
    expect(listAudit(core.ctx, { limit: 500 }).items).toHaveLength(entries);
  });
});
