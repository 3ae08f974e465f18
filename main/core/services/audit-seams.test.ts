import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { undoImport } from '../import/undo-import.ts';
import { CAFE_PROGRAM } from '../loyalty/test-program.ts';
import { makeTempCore, TEST_ACTOR, type TempCore } from '../test-support/temp-core.ts';
import { verifyAuditChain } from '../db/audit-chain.ts';
import { backUpNow, restoreBackup } from './backups.ts';
import { runExportNow } from './exports.ts';
import { runImportNow } from './imports.ts';
import { setCurrentStaffId } from './session.ts';

// The capabilities built beside the audit trail (imports, exports, loyalty, backups) each leave
// an entry that names who did it, in the same transaction as the change.

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

function entries(category: string): AuditEntry[] {
  const result = core.call('audit:list', { category });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { items: AuditEntry[] }).items;
}

function data<T>(result: { ok: boolean; data?: unknown; error?: { message: string } }): T {
  if (!result.ok) throw new Error(result.error?.message);
  return result.data as T;
}

describe('the audit trail of the other capabilities', () => {
  it('records an import and its undo, with counts and no customer values', () => {
    const csv = 'First Name,Last Name,Email\nAnn,Lee,ann@example.com\nBo,Diaz,bo@example.com\n';
    const run = runImportNow(
      core.ctx,
      { fileName: 'contacts.csv', bytes: new TextEncoder().encode(csv) },
      { kind: 'customers', onDuplicate: 'skip', dryRun: false },
    );
    const importId = run.report.importId ?? '';
    expect(entries('import')).toEqual([
      expect.objectContaining({
        action: 'import.run',
        actorLabel: 'Test (owner rights)',
        subjectId: importId,
        summary: 'Imported customers from a file: 2 added, 0 updated, 0 skipped, 0 rejected',
        customerId: null,
      }),
    ]);
    expect(JSON.stringify(entries('import'))).not.toContain('ann@example.com');

    undoImport(core.ctx, importId);
    expect(entries('import')[0]).toMatchObject({
      action: 'import.undo',
      summary: 'Undid an import: 2 customers removed, 0 put back as they were, 0 interactions removed',
    });
  });

  it('records an export under whoever started it', () => {
    data(core.call('customers:create', { firstName: 'Ann', email: 'ann@example.com' }));
    const sam = data<{ id: string }>(core.call('staff:create', { displayName: 'Sam Okafor' }));
    data(core.call('auth:setRole', { staffId: sam.id, role: 'manager' }));
    setCurrentStaffId(core.ctx, sam.id);
    runExportNow(core.ctx, { format: 'csv', preset: 'contacts', scope: { kind: 'all' } });
    core.ctx.session.actor = TEST_ACTOR;
    expect(entries('export')).toEqual([
      expect.objectContaining({
        action: 'export.run',
        actorLabel: 'Sam Okafor',
        actorStaffId: sam.id,
        summary: 'Exported 1 customer as csv (contacts)',
      }),
    ]);
  });

  it('records a program change, a redemption and an adjustment; erasing the customer redacts theirs', () => {
    data(core.call('loyalty:setProgram', { program: CAFE_PROGRAM }));
    const ann = data<{ id: string }>(core.call('customers:create', { firstName: 'Ann' }));
    data(core.call('interactions:log', { customerId: ann.id, kind: 'purchase', amountMinor: 5000 }));
    data(core.call('loyalty:redeem', { customerId: ann.id, rewardId: 'r1' }));
    data(
      core.call('loyalty:adjust', { customerId: ann.id, points: -5, reason: 'Spilled coffee, Ann agreed' }),
    );

    expect(entries('loyalty').map((entry) => entry.action)).toEqual(['loyalty.adjust', 'loyalty.setProgram']);
    expect(entries('loyalty')[0]).toMatchObject({
      customerId: ann.id,
      summary: 'Adjusted points by -5',
      details: { points: -5, reason: 'Spilled coffee, Ann agreed' },
    });
    expect(entries('reward')).toEqual([
      expect.objectContaining({ action: 'reward.redeem', summary: 'Redeemed Free coffee for 30 points' }),
    ]);

    data(core.call('privacy:erase', { customerId: ann.id }));
    expect(entries('loyalty')[0]).toMatchObject({ redacted: true, summary: 'Adjusted points by -5' });
    expect(JSON.stringify(entries('loyalty'))).not.toContain('Spilled coffee');
    expect(verifyAuditChain(core.ctx.db)).toMatchObject({ ok: true });
  });

  it('records a restore in the restored file, naming who asked for it', async () => {
    data(core.call('customers:create', { firstName: 'Ann' }));
    const backup = await backUpNow(core.ctx, 'manual');
    data(core.call('customers:create', { firstName: 'Bo' }));
    await restoreBackup(core.ctx, join(core.dir, 'backups', backup.file));
    expect(entries('backup')).toEqual([
      expect.objectContaining({
        action: 'backup.restore',
        actorLabel: 'Test (owner rights)',
        subjectId: backup.file,
      }),
    ]);
    // The restored file's trail: Ann was added before the backup, Bo's entry went with the old file.
    expect(entries('customer').map((entry) => entry.summary)).toEqual(['Added a customer']);
    expect(verifyAuditChain(core.ctx.db)).toMatchObject({ ok: true });
    expect(core.events).toContainEqual({ event: 'auth:changed', payload: {} });
  });

  it('records changes of the reminder and insights settings and of a tag rule, and not a save that changes nothing', () => {
    data(core.call('customers:create', { firstName: 'Ann', tags: ['vip'] }));
    data(core.call('reminders:updateSettings', { overdueFactor: 2 }));
    data(core.call('reminders:updateSettings', { overdueFactor: 2 }));
    data(core.call('insights:updateSettings', { activeDays: 60 }));
    data(core.call('reminders:setTagRule', { tag: 'vip', everyDays: 30 }));
    expect(entries('settings').map((entry) => [entry.action, entry.summary])).toEqual([
      ['settings.tagRule', 'Set the stay-in-touch rule for the tag vip'],
      ['settings.insights', 'Changed how recent a visit makes a customer active'],
      ['settings.reminders', 'Changed reminder settings: overdueFactor'],
    ]);
  });
});
