import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../backups/backup-names.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { allRows, filesIn, jobsDone } from '../test-support/backup-helpers.ts';
import { createCustomer, searchCustomers } from './customers.ts';
import { listCustomers } from './customer-list.ts';
import { backUpNow, getBackupStatus, listBackups, restoreBackup, startRestore } from './backups.ts';

let core: TempCore;
let clock: number;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 22, 9, 0);
  core = makeTempCore({ now: () => clock });
  createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee', phone: '555 0101' });
});
afterEach(() => core.dispose());

const names = () =>
  listCustomers(core.ctx, {})
    .items.map((customer) => customer.firstName)
    .sort();
const errorOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected a refusal');
};

describe('restore', () => {
  it('brings back a backup in place of the database, and the state before it can be restored in turn', async () => {
    const morning = await backUpNow(core.ctx, 'manual');
    clock += 3_600_000;
    createCustomer(core.ctx, { firstName: 'Bob', lastName: 'Ray' });
    expect(names()).toEqual(['Ann', 'Bob']);
    core.events.length = 0;

    clock += 60_000;
    expect(startRestore(core.ctx, { file: morning.file })).toEqual({ started: true });
    await jobsDone(core.ctx);
    expect(names()).toEqual(['Ann']);
    // The search index came back with the rows: the restored file is the one being used.
    expect(searchCustomers(core.ctx, '0101', 5).map((c) => c.firstName)).toEqual(['Ann']);
    const savedAs = backupFileName('before-restore', clock);
    expect(getBackupStatus(core.ctx).lastOutcome).toEqual({
      job: 'restore',
      ok: true,
      message: `Restored ${morning.file}. The data as it was just before is kept as ${savedAs}, so this can be undone.`,
      at: clock,
    });
    expect(core.events.map((e) => e.event)).toEqual([
      'backups:changed',
      'backups:changed',
      'backups:restored',
      // Who may be signed in is read from the restored file.
      'auth:changed',
    ]);
    expect(listBackups(core.ctx).map((b) => [b.file, b.customers])).toEqual([
      [savedAs, 2],
      [morning.file, 1],
    ]);

    // Every backup is one file: listing them (which opens each) leaves nothing beside them, and the
    // copy used for the swap leaves nothing beside the database.
    expect(filesIn(join(core.dir, 'backups'))).toEqual([savedAs, morning.file].sort());
    expect(filesIn(core.dir)).toEqual(['backups', 'regulars.db', 'regulars.db-shm', 'regulars.db-wal']);

    // Undo: restore what was kept, and Bob is back.
    clock += 60_000;
    await restoreBackup(core.ctx, join(core.dir, 'backups', savedAs));
    expect(names()).toEqual(['Ann', 'Bob']);
    // The database is still a WAL database with its pragmas, and writes go to the restored file.
    expect(core.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    createCustomer(core.ctx, { firstName: 'Cat' });
    core.close();
    const reopened = new Database(core.dbPath, { readonly: true });
    expect(reopened.prepare('SELECT first_name FROM customers ORDER BY first_name').pluck().all()).toEqual([
      'Ann',
      'Bob',
      'Cat',
    ]);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('offers only the listed backups: any other name is refused and nothing changes', () => {
    const before = allRows(core.ctx.db);
    for (const file of ['../regulars.db', 'regulars.db', backupFileName('manual', 1), '/etc/passwd']) {
      expect(
        errorOf(() => startRestore(core.ctx, { file })),
        file,
      ).toEqual({
        code: 'not_found',
        message: `file: no backup named ${file}`,
      });
    }
    expect(allRows(core.ctx.db)).toEqual(before);
    expect(filesIn(join(core.dir, 'backups'))).toEqual([]);
  });

  it('refuses a backup that was damaged on disk since, and leaves the database as it was', async () => {
    const backup = await backUpNow(core.ctx, 'manual');
    createCustomer(core.ctx, { firstName: 'Bob' });
    const path = join(core.dir, 'backups', backup.file);
    const bytes = readFileSync(path);
    // Scribble over the middle of the file, as a failing USB stick might.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(bytes.length / 2 / 4096) * 4096);
    closeSync(fd);
    const before = allRows(core.ctx.db);

    await expect(restoreBackup(core.ctx, path)).rejects.toMatchObject({ code: 'database_damaged' });
    expect(getBackupStatus(core.ctx).lastOutcome?.message).toMatch(
      new RegExp(
        `^The backup ${backup.file} is damaged \\(.+\\); nothing was changed\\. Choose an older backup\\.$`,
      ),
    );
    expect(allRows(core.ctx.db)).toEqual(before);
    expect(names()).toEqual(['Ann', 'Bob']);
    // No half-made copy is left beside the database, and no before-restore backup was needed.
    expect(filesIn(core.dir).filter((f) => f.includes('restoring'))).toEqual([]);
    expect(listBackups(core.ctx).map((b) => b.kind)).toEqual(['manual']);
  });

  it('refuses a file that is not a Regulars backup', async () => {
    const other = join(core.dir, 'recipes.db');
    const db = new Database(other);
    db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('pesto')");
    db.close();
    const before = allRows(core.ctx.db);
    await expect(restoreBackup(core.ctx, other)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(allRows(core.ctx.db)).toEqual(before);
  });

  it('refuses while another program holds the database open, changing nothing', async () => {
    const backup = await backUpNow(core.ctx, 'manual');
    createCustomer(core.ctx, { firstName: 'Bob' });
    const other = new Database(core.dbPath); // a second Regulars, or a `regulars` command
    other.prepare('SELECT count(*) FROM customers').get();
    try {
      await expect(restoreBackup(core.ctx, join(core.dir, 'backups', backup.file))).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(names()).toEqual(['Ann', 'Bob']);
      expect(listBackups(core.ctx).map((b) => b.kind)).toEqual(['manual']);
    } finally {
      other.close();
    }
    expect(existsSync(core.dbPath)).toBe(true);
  });
});
