import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../../shared/domain/staff.ts';
import { createCore } from '../../core/core.ts';
import { keyPathFor } from '../../core/services/pin-key.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// The CLI is the owner's tool: it acts with owner rights, is named "CLI (<OS user>)" in the audit
// trail, sets and resets PINs (read from standard input), and `check` verifies the audit chain.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const env = () => ({ REGULARS_DB: dbPath, USER: 'alice' });
const run = (args: string[], input = '') => runBinary(args, temp.dir, env(), input);

let sam: Staff;
let olive: Staff;
beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  const inProcess = (...args: string[]) => runInProcess([...args, '--json'], env());
  expect(runInProcess(['init'], env()).status).toBe(0);
  sam = parseJson<Staff>(inProcess('staff', 'add', '--name', 'Sam Okafor').stdout);
  olive = parseJson<Staff>(inProcess('staff', 'add', '--name', 'Olive Owner').stdout);
  expect(inProcess('staff', 'role', 'olive', 'owner').status).toBe(0);
  expect(inProcess('customers', 'add', '--first-name', 'Ann').status).toBe(0);
});
afterAll(() => temp.dispose());

async function signIn(staffId: string, secret: string) {
  const core = createCore(dbPath, { log: () => {} });
  try {
    return await core.invoke('auth:signIn', { staffId, secret });
  } finally {
    core.close();
  }
}

describe('regulars staff set-pin / unlock / role (the real binary)', () => {
  it('sets a PIN read from standard input, never from the command line, and the app accepts it', async () => {
    const result = run(['staff', 'set-pin', 'Olive Owner'], '2468\n');
    expect(result).toMatchObject({ status: 0, stdout: 'Set the PIN of Olive Owner.\n', stderr: '' });
    expect(existsSync(keyPathFor(dbPath))).toBe(true);
    expect(await signIn(olive.id, '2468')).toMatchObject({ ok: true, data: { actor: { role: 'owner' } } });
  });

  it('refuses a PIN that is too short, or none at all, with exit code 2 and nothing changed', () => {
    const before = snapshot(dbPath);
    expect(run(['staff', 'set-pin', 'sam'], '12\n')).toMatchObject({
      status: 2,
      stderr: 'regulars: PIN: must be a PIN of 4 to 8 digits, or a password of at least 8 characters\n',
    });
    expect(run(['staff', 'set-pin', 'sam', '--json'], '')).toMatchObject({ status: 2 });
    expect(run(['staff', 'role', 'sam', 'boss'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("ROLE: 'boss' is not one of owner, manager, staff") as string,
    });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('explains a lost key file, and only --new-key makes a new one, clearing the PINs made with the old', async () => {
    expect(run(['staff', 'set-pin', 'sam'], '1357\n').status).toBe(0);
    renameSync(keyPathFor(dbPath), `${keyPathFor(dbPath)}.lost`);
    const refused = run(['staff', 'set-pin', 'sam', '--json'], '8642\n');
    expect(refused.status).toBe(1);
    expect(parseJson<{ error: { message: string } }>(refused.stderr).error.message).toContain('is missing');
    expect(await signIn(sam.id, '1357')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is missing') as string },
    });

    expect(run(['staff', 'set-pin', 'olive', '--new-key'], '97531\n')).toMatchObject({ status: 0 });
    expect(await signIn(olive.id, '97531')).toMatchObject({ ok: true });
    expect(await signIn(sam.id, '1357')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(run(['staff', 'set-pin', 'olive', '--new-key'], '97531\n')).toMatchObject({ status: 1 });
  });

  it('unlocks someone locked out', async () => {
    expect(run(['staff', 'set-pin', 'sam'], '1357\n').status).toBe(0);
    // As five wrong PINs leave it (sign-in.test.ts checks how it gets there).
    const db = new Database(dbPath);
    try {
      db.prepare('UPDATE staff_credentials SET locked_until = ? WHERE staff_id = ?').run(
        Date.now() + 300_000,
        sam.id,
      );
    } finally {
      db.close();
    }
    expect(await signIn(sam.id, '1357')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(run(['staff', 'unlock', 'sam'])).toMatchObject({
      status: 0,
      stdout: 'Sam Okafor can sign in again.\n',
    });
    expect(await signIn(sam.id, '1357')).toMatchObject({ ok: true });
  });
});

describe('regulars audit and check (the real binary)', () => {
  it('names the CLI with the OS user in the trail, and lists and exports it', () => {
    const listed = parseJson<{ items: { actorLabel: string; action: string }[] }>(
      run(['audit', 'list', '--category', 'customer', '--json']).stdout,
    );
    expect(listed.items).toEqual([
      expect.objectContaining({ actorLabel: 'CLI (alice)', action: 'customer.create' }),
    ]);
    const out = join(temp.dir, 'audit.csv');
    const exported = run(['audit', 'export', '--out', out]);
    expect(exported.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('CLI (alice),staff.role');
    expect(run(['audit', 'export', '--out', out]).status).toBe(1);
  });

  it('check verifies the audit chain, and fails on a rewritten entry', () => {
    expect(run(['check'])).toMatchObject({ status: 0 });
    const db = new Database(dbPath);
    try {
      db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_label = 'Nobody' WHERE seq = 1");
    } finally {
      db.close();
    }
    const checked = run(['check', '--json']);
    expect(checked.status).toBe(1);
    expect(parseJson<{ problems: string[] }>(checked.stdout).problems).toEqual([
      'audit entry 1: was changed after it was written',
    ]);
  });
});
