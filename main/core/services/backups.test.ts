import Database from 'better-sqlite3';
import { existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../backups/backup-names.ts';
import { backupStateOf } from '../backups/backup-state.ts';
import { backupsToKeep } from '../backups/rotation.ts';
import { makeTempCore, makeTempDir, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { filesIn, jobsDone } from '../test-support/backup-helpers.ts';
import { createCustomer } from './customers.ts';
import { logInteraction } from './interactions.ts';
import { backUpNow, getBackupStatus, listBackups, startBackup, updateBackupSettings } from './backups.ts';

const DAY = 86_400_000;
let core: TempCore;
let clock: number;
let backups: string;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 22, 14, 3, 12);
  core = makeTempCore({ now: () => clock });
  backups = join(core.dir, 'backups');
  const ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee', tags: ['vip'] });
  createCustomer(core.ctx, { firstName: 'Bob', lastName: 'Ray' });
  logInteraction(core.ctx, { customerId: ann.id, kind: 'visit', amountMinor: 1200 });
  core.events.length = 0;
});
afterEach(() => core.dispose());

const errorOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { code, message, field } = error as { code: string; message: string; field?: string };
    return { code, message, field };
  }
  throw new Error('expected a refusal');
};

describe('backUpNow', () => {
  it('writes a verified single-file copy beside the database and lists it with its customers', async () => {
    const backup = await backUpNow(core.ctx, 'manual');
    const name = backupFileName('manual', clock);
    expect(backup).toMatchObject({ file: name, kind: 'manual', takenAt: clock, customers: 2 });
    expect(filesIn(backups)).toEqual([name]); // no .partial, no -wal or -shm beside it
    const copy = new Database(join(backups, name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT first_name FROM customers ORDER BY first_name').pluck().all()).toEqual([
      'Ann',
      'Bob',
    ]);
    copy.close();
    expect(listBackups(core.ctx)).toEqual([
      {
        file: name,
        kind: 'manual',
        takenAt: clock,
        bytes: backup.bytes,
        customers: 2,
        schemaVersion: backup.schemaVersion,
      },
    ]);
    expect(getBackupStatus(core.ctx)).toMatchObject({
      health: 'ok',
      running: null,
      folder: backups,
      latest: { file: name },
      lastOutcome: { job: 'backup', ok: true, message: `Backed up and verified: ${name} (2 customers).` },
    });
    expect(core.events.map((e) => e.event)).toEqual(['backups:changed', 'backups:changed']);
  });

  it('keeps the counter working while it copies, and the copy holds a consistent state', async () => {
    // Enough rows that the copy takes several turns of the event loop.
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 3000; i++)
        createCustomer(core.ctx, { firstName: `Guest ${i}`, notes: 'x'.repeat(400) });
    })();
    const running = backUpNow(core.ctx, 'automatic');
    let loggedDuringBackup = 0;
    while (backupStateOf(core.ctx).running === 'backup') {
      createCustomer(core.ctx, { firstName: `Walk-in ${loggedDuringBackup++}` });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const backup = await running;
    expect(loggedDuringBackup).toBeGreaterThan(0);
    const copy = new Database(join(backups, backup.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const counted = copy.prepare('SELECT count(*) FROM customers WHERE deleted_at IS NULL').pluck().get();
    const counter = copy.prepare("SELECT value FROM counters WHERE name = 'live_customers'").pluck().get();
    copy.close();
    // Whatever moment it captured, the copy's rows and the counter kept by triggers agree.
    expect(counted).toBe(counter);
    expect(backup.customers).toBe(counted);
  });

  it('refuses a second backup while one runs, and says so', async () => {
    expect(startBackup(core.ctx)).toEqual({ started: true });
    expect(errorOf(() => startBackup(core.ctx))).toEqual({
      code: 'conflict',
      message: 'A backup is being taken right now; try again when it is done.',
      field: undefined,
    });
    await jobsDone(core.ctx);
    expect(listBackups(core.ctx)).toHaveLength(1);
  });

  it('rotates automatic and manual backups but never the ones kept before a restore or migration', async () => {
    const first = await backUpNow(core.ctx, 'automatic');
    // Forty days of older backups, one a day, plus copies that rotation must leave alone.
    mkdirSync(backups, { recursive: true });
    for (let day = 1; day <= 40; day++) {
      copyFileSync(
        join(backups, first.file),
        join(backups, backupFileName('automatic', first.takenAt - day * DAY)),
      );
    }
    const beforeRestore = backupFileName('before-restore', first.takenAt - 100 * DAY);
    copyFileSync(join(backups, first.file), join(backups, beforeRestore));
    copyFileSync(join(backups, first.file), join(backups, 'regulars-v10-before-migration-5.db'));
    clock += 60_000;
    const newest = await backUpNow(core.ctx, 'manual');
    // The rule itself is rotation.test.ts's; here: exactly what it keeps survives, and only
    // automatic and manual backups are ever deleted.
    const rotated = [first, newest].concat(
      Array.from({ length: 40 }, (_, i) => ({
        file: backupFileName('automatic', first.takenAt - (i + 1) * DAY),
        takenAt: first.takenAt - (i + 1) * DAY,
      })) as (typeof first)[],
    );
    const keep = [...backupsToKeep(rotated)].map((backup) => backup.file);
    expect(keep.length).toBeGreaterThan(7);
    expect(keep.length).toBeLessThan(rotated.length);
    expect(filesIn(backups)).toEqual([...keep, beforeRestore, 'regulars-v10-before-migration-5.db'].sort());
    expect(filesIn(backups)).not.toContain(first.file); // same day as the newer manual one
  });
});

describe('the second copy', () => {
  let usb: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    usb = makeTempDir('regulars-usb-');
  });
  afterEach(() => usb.dispose());

  it('copies each backup to the chosen folder, checked there too', async () => {
    expect(updateBackupSettings(core.ctx, { secondCopyFolder: usb.dir })).toEqual({
      secondCopyFolder: usb.dir,
    });
    const backup = await backUpNow(core.ctx, 'manual');
    expect(filesIn(usb.dir)).toEqual([backup.file]);
    const copy = new Database(join(usb.dir, backup.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(getBackupStatus(core.ctx).secondCopy).toEqual({
      ok: true,
      message: `Copied to ${usb.dir}.`,
      at: clock,
    });
  });

  it('reports a missing folder (a USB stick pulled out) without failing the backup itself', async () => {
    updateBackupSettings(core.ctx, { secondCopyFolder: usb.dir });
    rmSync(usb.dir, { recursive: true });
    const backup = await backUpNow(core.ctx, 'manual');
    expect(existsSync(join(backups, backup.file))).toBe(true);
    const status = getBackupStatus(core.ctx);
    expect(status.lastOutcome).toMatchObject({ job: 'backup', ok: true });
    expect(status.secondCopy).toMatchObject({ ok: false });
    expect(status.secondCopy?.message).toMatch(new RegExp(`^The second copy to ${usb.dir} failed: `));
  });

  it('refuses a folder it cannot use with a specific reason, and changes nothing', () => {
    const before = tableCounts(core);
    const cases: [string, RegExp][] = [
      ['usb/regulars', /must be a full path/],
      [join(usb.dir, 'missing'), /is not a folder on this computer/],
      [core.dir, /choose another drive or folder than the database's own/],
      [backups, /choose another drive or folder/],
    ];
    mkdirSync(backups, { recursive: true });
    for (const [folder, reason] of cases) {
      const error = errorOf(() => updateBackupSettings(core.ctx, { secondCopyFolder: folder }));
      expect(error.code, folder).toBe('invalid_input');
      expect(error.field).toBe('secondCopyFolder');
      expect(error.message).toMatch(reason);
    }
    expect(tableCounts(core)).toEqual(before);
    expect(updateBackupSettings(core.ctx, { secondCopyFolder: '' })).toEqual({ secondCopyFolder: '' });
  });
});
