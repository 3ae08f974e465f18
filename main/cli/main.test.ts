import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { makeTempDir, parseJson, runInProcess, snapshot } from './test-helpers.ts';

// main() in-process on a real database file: the details that would cost a process each.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const run = (...args: string[]) => runInProcess(args, { REGULARS_DB: dbPath });

function addCustomer(...args: string[]): Customer {
  const result = run('customers', 'add', '--json', ...args);
  expect(result.stderr).toBe('');
  return parseJson<Customer>(result.stdout);
}

beforeEach(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  expect(run('init').status).toBe(0);
});
afterEach(() => temp.dispose());

describe('main', () => {
  it('edit changes only the fields given and keeps the rest', () => {
    const ana = addCustomer(
      '--first-name',
      'Ana',
      '--last-name',
      'Alves',
      '--phone',
      '555 0101',
      '--tag',
      'vip',
    );
    const result = run(
      'customers',
      'edit',
      ana.id,
      '--email',
      'ana@example.com',
      '--tag',
      'tea',
      '--tag',
      'cake',
    );
    expect(result.stdout).toBe(`Updated Ana Alves (id ${ana.id}).\n`);
    const after = parseJson<{ customer: Customer }>(
      run('customers', 'show', ana.id, '--json').stdout,
    ).customer;
    expect(after).toMatchObject({
      firstName: 'Ana',
      lastName: 'Alves',
      phone: '555 0101',
      email: 'ana@example.com',
      tags: ['cake', 'tea'],
    });
  });

  it('edit with no field, or of an unknown id, changes nothing and says why', () => {
    const ana = addCustomer('--first-name', 'Ana');
    const before = snapshot(dbPath);
    const nothing = run('customers', 'edit', ana.id);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/^regulars: Nothing to change: give at least one of --first-name/);
    const unknown = run('customers', 'edit', 'missing-id', '--email', 'a@b.co');
    expect(unknown).toEqual({ status: 1, stdout: '', stderr: 'regulars: No customer with id missing-id.\n' });
    const blank = run('customers', 'edit', ana.id, '--first-name', ' ');
    expect(blank.stderr).toBe('regulars: --first-name: is required\n');
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('reports a customer code already in use as a conflict (exit 1)', () => {
    addCustomer('--first-name', 'Ana', '--code', 'C-1');
    const result = run('customers', 'add', '--first-name', 'Bo', '--code', 'C-1', '--json');
    expect(result.status).toBe(1);
    expect(parseJson<{ error: { code: string; field: string } }>(result.stderr).error).toMatchObject({
      code: 'conflict',
      field: 'code',
    });
  });

  it('accepts the global options before or after the command', () => {
    addCustomer('--first-name', 'Ana');
    const other = join(temp.dir, 'other.db');
    expect(runInProcess(['--db', other, 'init'], {}).status).toBe(0);
    const after = runInProcess(['customers', 'list', '--db', other, '--json'], { REGULARS_DB: dbPath });
    const before = runInProcess(['--json', '--db', other, 'customers', 'list'], { REGULARS_DB: dbPath });
    expect(parseJson(after.stdout)).toEqual({ items: [], total: 0 });
    expect(before.stdout).toBe(after.stdout);
  });

  it('lists in a table with the page range, and shows amounts as 12.50', () => {
    const ana = addCustomer('--first-name', 'Ana', '--last-name', 'Alves', '--phone', '555 0101');
    addCustomer('--first-name', 'Bo', '--last-name', 'Berg');
    const list = run('customers', 'list', '--offset', '1');
    expect(list.stdout).toMatch(/^ID +NAME +PHONE +EMAIL +CODE +LAST VISIT\n/);
    expect(list.stdout).toContain('Bo Berg');
    expect(list.stdout).not.toContain('Ana Alves');
    expect(list.stdout).toMatch(/Showing 2-2 of 2\.\n$/);
    const logged = run(
      'log',
      ana.id,
      '--kind',
      'purchase',
      '--amount',
      '7,5',
      '--at',
      '2024-05-06T10:00:00Z',
    );
    expect(logged.stdout).toMatch(/^Logged purchase of 7\.50 at 2024-05-0\d \d\d:\d\d \(id .+\)\.\n$/);
    expect(run('customers', 'show', ana.id).stdout).toContain('purchase  in_person  7.50');
  });

  it('refuses to work on a database that is not there instead of creating an empty one', () => {
    const missing = join(temp.dir, 'typo.db');
    const result = runInProcess(['customers', 'list', '--db', missing], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`No Regulars database at ${missing}. Run "regulars init"`);
    expect(existsSync(missing)).toBe(false);
  });

  it('check exits 1 and lists the problems when a row points at a missing customer', () => {
    const db = new Database(dbPath);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO interactions (id, customer_id, occurred_at, kind, channel, note, created_at, updated_at)
       VALUES ('i1', 'ghost', 0, 'visit', 'in_person', '', 0, 0)`,
    ).run();
    db.close();
    const result = run('check', '--json');
    expect(result.status).toBe(1);
    const report = parseJson<{ ok: boolean; problems: string[] }>(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain('interactions row');
  });

  it('prints help for every command and exits 0', () => {
    const commands = [
      [],
      ['init'],
      ['customers'],
      ['customers', 'add'],
      ['customers', 'list'],
      ['customers', 'search'],
      ['customers', 'show'],
      ['customers', 'edit'],
      ['log'],
      ['backup'],
      ['check'],
    ];
    for (const words of commands) {
      const result = run(...words, '--help');
      expect(result.status, words.join(' ')).toBe(0);
      expect(result.stdout).toContain(`Usage: regulars${words.map((w) => ` ${w}`).join('')} `);
    }
  });

  it('treats a missing command, an unknown option or a missing argument as usage errors (exit 2)', () => {
    const noSub = run('customers');
    expect(noSub.status).toBe(2);
    expect(noSub.stderr).toContain('Usage: regulars customers');
    expect(parseJson(run('customers', '--json').stderr)).toEqual({
      error: { code: 'invalid_input', message: 'A command is missing; see "regulars customers --help".' },
    });
    expect(run('customers', 'show')).toEqual({
      status: 2,
      stdout: '',
      stderr: `regulars: missing required argument 'id'\nSee "regulars customers show --help".\n`,
    });
    const unknown = run('--json', 'customers', 'list', '--bogus');
    expect(unknown.status).toBe(2);
    expect(parseJson(unknown.stderr)).toEqual({
      error: { code: 'invalid_input', message: "unknown option '--bogus'" },
    });
    expect(run('log', 'x').stderr).toContain("required option '--kind <kind>' not specified");
  });

  it('prints the version', () => {
    expect(run('--version')).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});
