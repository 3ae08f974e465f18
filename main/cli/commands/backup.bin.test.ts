import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import { damageCustomersTable } from '../../core/test-support/backup-helpers.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars backup now | list | restore` and `regulars check`, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let backups: string;
// The commands under test run as the real binary; setting up and looking around run in-process.
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });
const inProcess = (...args: string[]) => runInProcess(args, { REGULARS_DB: dbPath });
const add = (firstName: string) =>
  parseJson<Customer>(inProcess('customers', 'add', '--first-name', firstName, '--json').stdout);
const names = () =>
  parseJson<{ items: Customer[] }>(inProcess('customers', 'list', '--json').stdout)
    .items.map((c) => c.firstName)
    .sort();
const listed = () => parseJson<Listed>(inProcess('backup', 'list', '--json').stdout);

interface Listed {
  folder: string;
  backups: { file: string; path: string; kind: string; customers: number; bytes: number }[];
}

beforeEach(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  backups = join(temp.dir, 'backups');
  expect(inProcess('init').status).toBe(0);
  add('Ann');
  add('Bob');
});
afterEach(() => temp.dispose());

// Several real processes per test: generous on a loaded 2-core machine.
describe('regulars backup (the real binary)', { timeout: 90_000 }, () => {
  it('backs up, lists, restores, and undoes the restore', () => {
    const taken = run('backup', 'now');
    expect(taken.status).toBe(0);
    expect(taken.stderr).toBe('');
    expect(taken.stdout).toMatch(
      new RegExp(
        `^Backed up and verified: ${backups}/regulars-\\d{8}-\\d{6}-\\d{3}Z-manual\\.db \\(\\d+\\.\\d MB, 2 customers\\)\\.\\n$`,
      ),
    );
    const list = listed();
    expect(list.folder).toBe(backups);
    expect(list.backups).toEqual([expect.objectContaining({ kind: 'manual', customers: 2 })]);
    const file = list.backups[0]?.file ?? '';
    const table = run('backup', 'list');
    expect(table.stdout).toMatch(/^FILE\s+KIND\s+TAKEN\s+SIZE\s+CUSTOMERS\n/);
    expect(table.stdout).toContain(`${file}  manual`);
    expect(table.stdout).toMatch(/1 in .+\. Restore one with: regulars backup restore FILE\n$/);

    add('Cat');
    expect(names()).toEqual(['Ann', 'Bob', 'Cat']);
    const restored = run('backup', 'restore', file, '--json');
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const report = parseJson<{ restoredFrom: string; savedAs: string }>(restored.stdout);
    expect(report).toEqual({
      restoredFrom: file,
      savedAs: expect.stringMatching(/-before-restore\.db$/) as string,
    });
    expect(names()).toEqual(['Ann', 'Bob']);

    const undo = run('backup', 'restore', report.savedAs);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain(`Restored ${report.savedAs} into ${dbPath}.`);
    expect(names()).toEqual(['Ann', 'Bob', 'Cat']);
    expect(run('check')).toEqual({
      status: 0,
      stdout: `${dbPath}: no problems found.\nintegrity_check: ok\nforeign_key_check: ok\naudit_chain: ok\n`,
      stderr: '',
    });
  });

  it('refuses what is not a backup with a specific message and changes nothing', () => {
    run('backup', 'now');
    const before = snapshot(dbPath);
    expect(run('backup', 'restore', 'nope.db')).toEqual({
      status: 2,
      stdout: '',
      stderr: `regulars: FILE: 'nope.db' is neither a backup in ${backups} nor a file\n`,
    });
    const notes = join(temp.dir, 'notes.db');
    writeFileSync(notes, 'not a database at all\n'.repeat(300));
    const refused = run('backup', 'restore', notes);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^regulars: The backup notes\.db is damaged \(.+\); nothing was changed\. Choose an older backup\.\n$/,
    );
    expect(inProcess('backup')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('say what to do') as string,
    });
    expect(snapshot(dbPath)).toEqual(before);
    expect(listed().backups).toHaveLength(1);
  });

  it('check reports damage without touching the file, and restore replaces it with the backup', () => {
    run('backup', 'now');
    damageCustomersTable(dbPath);
    const damaged = readFileSync(dbPath);
    const check = run('check', '--quick');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`^${dbPath}: \\d+ problem\\(s\\):\\n`));
    expect(check.stdout).toContain('quick_check: ');
    expect(check.stdout).toContain('foreign_key_check: skipped\naudit_chain: skipped\n');
    expect(check.stdout).toContain('regulars backup restore FILE');
    const json = parseJson<{ ok: boolean; checks: Record<string, string> }>(
      inProcess('check', '--json').stdout,
    );
    expect(json).toMatchObject({ ok: false, checks: { foreign_key_check: 'skipped' } });
    expect(json.checks.integrity_check).toMatch(/problem/);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);

    const file = listed().backups[0]?.file ?? '';
    const restored = parseJson<{ savedAs: string }>(run('backup', 'restore', file, '--json').stdout);
    expect(restored.savedAs).toMatch(/-damaged\.db$/);
    expect(readFileSync(join(backups, restored.savedAs)).equals(damaged)).toBe(true);
    expect(names()).toEqual(['Ann', 'Bob']);
    expect(run('check', '--quick').stdout).toBe(
      `${dbPath}: no problems found.\nquick_check: ok\nforeign_key_check: ok\naudit_chain: ok\n`,
    );
    expect(existsSync(join(backups, file))).toBe(true);
  });
});
