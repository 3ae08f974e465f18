import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { checkDatabase } from '../db/check.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { listAudit, recordAudit, verifyAudit } from './audit.ts';
import { csvCell, exportAudit } from './audit-export.ts';
import { createCustomer, updateCustomer } from './customers.ts';
import { deleteInteraction, logInteraction, updateInteraction } from './interactions.ts';
import { setCurrentStaffId } from './session.ts';
import { createStaff } from './staff.ts';
import { updateSettings } from './settings.ts';
import { bulkTag } from './bulk-tags.ts';
import { deleteCustomers } from './trash.ts';

let core: TempCore;
let clock: number;
const T0 = Date.UTC(2026, 10, 22, 9, 0);
beforeEach(() => {
  clock = T0;
  core = makeTempCore({ now: () => (clock += 1000) });
});
afterEach(() => core.dispose());

const entries = (): AuditEntry[] => listAudit(core.ctx, { limit: 500 }).items.reverse();
const db = () => core.ctx.db;

describe('what the trail records', () => {
  it('records creates, edits field by field (old and new), deletes and who did them', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    setCurrentStaffId(core.ctx, sam.id);
    const ann = createCustomer(core.ctx, { firstName: 'Ann', phone: '555 0100', tags: ['vip'] });
    updateCustomer(core.ctx, ann.id, { firstName: 'Ann', lastName: 'Lee', phone: '555 0199', tags: ['vip'] });
    const visit = logInteraction(core.ctx, { customerId: ann.id, kind: 'visit', amountMinor: 1200 });
    updateInteraction(core.ctx, visit.id, { kind: 'visit', amountMinor: 1500 });
    deleteInteraction(core.ctx, visit.id);
    updateSettings(core.ctx, { defaultCountry: 'IT' });

    const trail = entries();
    expect(trail.map((entry) => [entry.action, entry.actorLabel, entry.summary])).toEqual([
      ['staff.create', 'Test (owner rights)', 'Added Sam Okafor as staff'],
      ['customer.create', 'Sam Okafor', 'Added a customer'],
      ['customer.update', 'Sam Okafor', 'Edited a customer: lastName, phone'],
      ['interaction.log', 'Sam Okafor', 'Logged a visit'],
      ['interaction.update', 'Sam Okafor', 'Edited a visit: amountMinor'],
      ['interaction.delete', 'Sam Okafor', 'Removed a visit'],
      ['settings.update', 'Sam Okafor', 'Changed the default country from US to IT'],
    ]);
    expect(trail[2]).toMatchObject({
      actorStaffId: sam.id,
      subjectType: 'customer',
      subjectId: ann.id,
      customerId: ann.id,
      subjectName: 'Ann Lee',
      details: {
        changes: [
          { field: 'lastName', old: '', new: 'Lee' },
          { field: 'phone', old: '555 0100', new: '555 0199' },
        ],
      },
      redacted: false,
    });
    expect(trail[4]?.details).toEqual({ changes: [{ field: 'amountMinor', old: 1200, new: 1500 }] });
    expect(trail[1]?.details).toEqual({
      values: { firstName: 'Ann', phone: '555 0100', tags: ['vip'] },
    });
  });

  it('writes nothing for an edit that changes nothing, or for a refused change', () => {
    const ann = createCustomer(core.ctx, { firstName: 'Ann' });
    const before = entries().length;
    updateCustomer(core.ctx, ann.id, { firstName: 'Ann' });
    expect(() => bulkTag(core.ctx, { ids: [ann.id, 'gone'], tag: 'vip', action: 'add' })).toThrow();
    expect(core.call('customers:update', { id: 'gone', fields: { firstName: 'X' } })).toMatchObject({
      ok: false,
    });
    expect(entries()).toHaveLength(before);
  });

  it('is part of the change: when the change rolls back, so does its entry', () => {
    expect(() =>
      db().transaction(() => {
        recordAudit(core.ctx, {
          action: 'customer.test',
          subjectType: 'customer',
          subjectId: 'x',
          summary: 'test',
        });
        throw new Error('the change failed');
      })(),
    ).toThrow('the change failed');
    expect(entries()).toEqual([]);
  });

  it('records bulk changes as one entry listing who they touched', () => {
    const ids = ['Ann', 'Bob', 'Cat'].map((firstName) => createCustomer(core.ctx, { firstName }).id);
    bulkTag(core.ctx, { ids, tag: 'winter', action: 'add' });
    deleteCustomers(core.ctx, { ids: ids.slice(0, 2) });
    expect(entries().slice(-2)).toMatchObject([
      { action: 'customer.bulkTag', summary: 'Tagged 3 customers "winter"', details: { customerIds: ids } },
      {
        action: 'customer.delete',
        summary: 'Moved 2 customers to the trash',
        details: { customerIds: ids.slice(0, 2) },
      },
    ]);
  });
});

describe('tamper evidence', () => {
  beforeEach(() => {
    const ann = createCustomer(core.ctx, { firstName: 'Ann', notes: 'likes mint' });
    logInteraction(core.ctx, { customerId: ann.id, kind: 'visit', amountMinor: 900 });
    updateCustomer(core.ctx, ann.id, { firstName: 'Ann', notes: 'likes sage' });
  });

  it('refuses to change or delete an entry, by any statement', () => {
    expect(verifyAudit(core.ctx)).toEqual({ ok: true, rows: 3, problems: [] });
    expect(() => db().prepare("UPDATE audit_log SET summary = 'nothing happened'").run()).toThrow(
      'the audit trail is append-only: its rows cannot be changed',
    );
    expect(() => db().prepare("UPDATE audit_log SET details = '{}' WHERE seq = 1").run()).toThrow(
      'append-only',
    );
    expect(() => db().prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(
      'the audit trail is append-only: its rows cannot be deleted',
    );
    expect(verifyAudit(core.ctx).ok).toBe(true);
  });

  it('detects a changed, removed or inserted entry once the triggers are out of the way', () => {
    db().exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    db().prepare("UPDATE audit_log SET actor_label = 'Somebody else' WHERE seq = 2").run();
    expect(verifyAudit(core.ctx)).toEqual({
      ok: false,
      rows: 3,
      problems: ['audit entry 2: was changed after it was written'],
    });
    db().prepare("UPDATE audit_log SET actor_label = 'Test (owner rights)' WHERE seq = 2").run();
    db().prepare(`UPDATE audit_log SET details = replace(details, 'sage', 'rue') WHERE seq = 3`).run();
    expect(verifyAudit(core.ctx).problems).toEqual([
      'audit entry 3: its details were changed after they were written',
    ]);
    db().prepare(`UPDATE audit_log SET details = replace(details, 'rue', 'sage') WHERE seq = 3`).run();
    expect(verifyAudit(core.ctx).ok).toBe(true);

    db().prepare('DELETE FROM audit_log WHERE seq = 2').run();
    const report = checkDatabase(db());
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      'audit entry 3: expected entry 2 here; entries are missing',
      'audit entry 3: does not follow the entry before it',
    ]);
  });
});

describe('browsing', () => {
  it('filters by person, category, customer and time, newest first, in pages', () => {
    const sam = createStaff(core.ctx, { displayName: 'Sam Okafor' });
    const ann = createCustomer(core.ctx, { firstName: 'Ann' });
    setCurrentStaffId(core.ctx, sam.id);
    const bob = createCustomer(core.ctx, { firstName: 'Bob' });
    const middle = clock + 1;
    for (let i = 0; i < 3; i++) logInteraction(core.ctx, { customerId: ann.id, kind: 'note', note: `n${i}` });

    expect(listAudit(core.ctx, { actorStaffId: sam.id }).items.map((e) => e.action)).toEqual([
      'interaction.log',
      'interaction.log',
      'interaction.log',
      'customer.create',
    ]);
    expect(listAudit(core.ctx, { category: 'customer' }).items.map((e) => e.subjectId)).toEqual([
      bob.id,
      ann.id,
    ]);
    expect(listAudit(core.ctx, { customerId: ann.id }).items).toHaveLength(4);
    expect(listAudit(core.ctx, { from: middle }).items).toHaveLength(3);
    const first = listAudit(core.ctx, { limit: 2 });
    expect(first.hasMore).toBe(true);
    const next = listAudit(core.ctx, { limit: 10, before: first.items.at(-1)?.seq });
    expect([...first.items, ...next.items].map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(next.hasMore).toBe(false);
    expect(() => listAudit(core.ctx, { from: 10, to: 5 })).toThrow('to: must not be before from');
  });

  it('exports as CSV a spreadsheet cannot run, or as JSON, and records the export', () => {
    createCustomer(core.ctx, { firstName: '=HYPERLINK("http://evil")', notes: 'a, "quoted"\nnote' });
    const csv = exportAudit(core.ctx, { format: 'csv' });
    expect(csv).toMatchObject({ fileName: 'regulars-audit-2026-11-22.csv', rows: 1 });
    const lines = csv.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFFseq,time (UTC),who,action,subject,subject id,summary,details');
    expect(lines[1]).toContain(`'=HYPERLINK`);
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    const json = JSON.parse(exportAudit(core.ctx, { format: 'json', category: 'customer' }).content) as {
      entries: AuditEntry[];
    };
    expect(json.entries.map((e) => e.action)).toEqual(['customer.create']);
    expect(entries().map((e) => e.action)).toEqual(['customer.create', 'audit.export', 'audit.export']);
  });
});
