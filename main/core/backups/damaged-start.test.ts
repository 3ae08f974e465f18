import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core.ts';
import { createCore } from '../core.ts';
import { backUpNow } from '../services/backups.ts';
import { createCustomer } from '../services/customers.ts';
import { damageCustomersTable, filesIn, jobsDone } from '../test-support/backup-helpers.ts';
import { makeTempDir, TEST_ACTOR } from '../test-support/temp-core.ts';
import { backupFileName } from './backup-names.ts';
import { findDamage, openCoreChecked } from './open-checked.ts';
import { startBackupSchedule } from './schedule.ts';

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let clock: number;
let goodBackup: string;
const opened: Core[] = [];
const now = () => clock;

beforeEach(async () => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'regulars.db');
  clock = Date.UTC(2026, 10, 22, 9, 0);
  const core = createCore(dbPath, { now, log: () => {}, actor: TEST_ACTOR });
  for (const firstName of ['Ann', 'Bob', 'Cat'])
    createCustomer(core.ctx, { firstName, notes: 'x'.repeat(3000) });
  goodBackup = (await backUpNow(core.ctx, 'automatic')).file;
  clock += 3_600_000;
  createCustomer(core.ctx, { firstName: 'Dan' });
  core.close();
});
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  temp.dispose();
});

/** As the app opens: nobody signed in. `asOwner` opens it the way the CLI does. */
async function open(asOwner = true): Promise<Core> {
  const core = await openCoreChecked(dbPath, {
    now,
    log: () => {},
    ...(asOwner ? { actor: TEST_ACTOR } : {}),
  });
  opened.push(core);
  return core;
}

describe('a database found damaged at start', () => {
  it('is never written to: the app explains, refuses changes and offers the latest good backup', async () => {
    damageCustomersTable(dbPath);
    const damagedBytes = readFileSync(dbPath);
    expect(await findDamage(dbPath)).toEqual([expect.stringMatching(/page|tree|corrupt|malformed/i)]);

    const core = await open();
    const status = core.call('backups:status', {});
    expect(status).toMatchObject({
      ok: true,
      data: {
        health: 'damaged',
        problems: [expect.any(String)],
        latest: { file: goodBackup, kind: 'automatic', customers: 3 },
      },
    });
    const write = core.call('customers:create', { firstName: 'Eve' });
    expect(write).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
    if (!write.ok)
      expect(write.error.message).toMatch(/Restore the latest good backup in Settings → Backups/);
    expect(core.call('backups:create', {})).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
    // No automatic backup either: a copy of nothing must not push good backups out of the rotation.
    startBackupSchedule(core)();
    expect(filesIn(join(temp.dir, 'backups'))).toEqual([goodBackup]);
    core.close();
    expect(readFileSync(dbPath).equals(damagedBytes)).toBe(true);
    // The read-only check may leave an empty -wal (SQLite's reader creates it): nothing was written.
    expect(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0).toBe(0);
  });

  it('restores the latest good backup in place and keeps the damaged file aside, byte for byte', async () => {
    damageCustomersTable(dbPath);
    const damagedBytes = readFileSync(dbPath);
    // Nobody can sign in to a file that cannot be read: the way out needs no PIN.
    const core = await open(false);
    expect(core.call('customers:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.call('backups:list', {})).toMatchObject({ ok: true, data: [{ file: goodBackup }] });
    clock += 60_000;
    expect(core.call('backups:restore', { file: goodBackup })).toEqual({ ok: true, data: { started: true } });
    await jobsDone(core.ctx);
    // Once the shop is back, so are its PINs: backups are the owner's again.
    expect(core.call('backups:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    core.ctx.session.actor = TEST_ACTOR;

    expect(core.call('backups:status', {})).toMatchObject({ ok: true, data: { health: 'ok', problems: [] } });
    const list = core.call('customers:list', {});
    expect(list).toMatchObject({ ok: true, data: { total: 3 } });
    expect(core.call('customers:create', { firstName: 'Eve' })).toMatchObject({ ok: true });
    const kept = backupFileName('damaged', clock);
    expect(filesIn(join(temp.dir, 'backups'))).toEqual([goodBackup, kept].sort());
    expect(readFileSync(join(temp.dir, 'backups', kept)).equals(damagedBytes)).toBe(true);
    // Kept for a rescue attempt, never offered as something to restore.
    expect(core.call('backups:list', {})).toMatchObject({ ok: true, data: [{ file: goodBackup }] });
    expect(await findDamage(dbPath)).toBeUndefined();
  });

  it('opens a healthy file as usual', async () => {
    const core = await open();
    expect(core.call('backups:status', {})).toMatchObject({ ok: true, data: { health: 'ok' } });
    expect(core.call('customers:list', {})).toMatchObject({ ok: true, data: { total: 4 } });
  });
});
