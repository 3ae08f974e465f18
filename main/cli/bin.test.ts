import { LATEST_VERSION } from '../core/db/migrations/index.ts';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, CustomerSummary } from '../../shared/domain/customer.ts';
import type { Interaction } from '../../shared/domain/interaction.ts';
import { makeTempDir, parseJson, runBinary } from './test-helpers.ts';

// The real `regulars` binary as a user runs it: a child process on a real database file.
// Refusals of bad input are in bin-refusals.test.ts.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let jose: Customer;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
});
afterAll(() => temp.dispose());

describe('regulars (the real binary)', () => {
  it('init creates the database and prints its path and schema version', () => {
    const result = run('init');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Created ${dbPath} (schema version ${LATEST_VERSION}).\n`);
    expect(existsSync(dbPath)).toBe(true);
  });

  it('customers add --json returns the created customer with its id', () => {
    const result = run(
      'customers',
      'add',
      '--first-name',
      'José',
      '--last-name',
      'Núñez',
      '--phone',
      '+1 (555) 010-4567',
      '--tag',
      'vip',
      '--tag',
      'coffee',
      '--json',
    );
    expect(result.status).toBe(0);
    jose = parseJson<Customer>(result.stdout);
    expect(jose.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(jose).toMatchObject({ firstName: 'José', lastName: 'Núñez', tags: ['coffee', 'vip'] });
    for (const [first, last] of [
      ['Ana', 'Alves'],
      ['Zoe', 'Zimmer'],
    ] as const) {
      expect(run('customers', 'add', '--first-name', first, '--last-name', last).stdout).toMatch(
        new RegExp(`^Added ${first} ${last} \\(id [0-9a-f-]{36}\\)\\.\\n$`),
      );
    }
  });

  it('search finds a customer by part of the name without accents and by the last 4 phone digits', () => {
    const byName = parseJson<CustomerSummary[]>(run('customers', 'search', 'nun', '--json').stdout);
    expect(byName.map((c) => c.id)).toEqual([jose.id]);
    const byPhone = run('customers', 'search', '4567');
    expect(byPhone.status).toBe(0);
    expect(byPhone.stdout).toContain(jose.id);
    expect(byPhone.stdout).toContain('José Núñez');
    expect(byPhone.stdout).not.toContain('Alves');
  });

  it('list pages with --limit and --offset, sorted by last name', () => {
    const page = parseJson<{ items: CustomerSummary[]; total: number }>(
      run('customers', 'list', '--limit', '1', '--offset', '1', '--json').stdout,
    );
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.lastName)).toEqual(['Núñez']);
  });

  it('log records a purchase that show then lists in the timeline with its amount', () => {
    const logged = run(
      'log',
      jose.id,
      '--kind',
      'purchase',
      '--amount',
      '12.50',
      '--at',
      '2024-03-01T14:30',
      '--note',
      'beans for the grinder',
      '--json',
    );
    expect(logged.status).toBe(0);
    const interaction = parseJson<Interaction>(logged.stdout);
    expect(interaction).toMatchObject({
      customerId: jose.id,
      kind: 'purchase',
      amountMinor: 1250,
      occurredAt: Date.UTC(2024, 2, 1, 14, 30), // TZ=UTC in the child
      note: 'beans for the grinder',
    });
    const shown = run('customers', 'show', jose.id);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('José Núñez');
    expect(shown.stdout).toContain('Tags:   coffee, vip');
    expect(shown.stdout).toContain('2024-03-01 14:30  purchase  in_person  12.50  beans for the grinder');
  });

  it('backup writes a verified copy and refuses to overwrite an existing file', () => {
    const out = join(temp.dir, 'backup.db');
    const first = run('backup', '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`to ${out}`);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 3 });
    copy.close();
    const bytes = readFileSync(out);
    const second = run('backup', '--out', out);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('check exits 0 on a healthy database', () => {
    expect(run('check')).toEqual({
      status: 0,
      stdout: `${dbPath}: no problems found.\nintegrity_check: ok\nforeign_key_check: ok\naudit_chain: ok\n`,
      stderr: '',
    });
  });

  it('prints help for the program and for a subcommand', () => {
    const root = run('--help');
    expect(root.status).toBe(0);
    expect(root.stdout).toContain('Usage: regulars [options] [command]');
    const add = run('customers', 'add', '--help');
    expect(add.status).toBe(0);
    expect(add.stdout).toContain('--first-name <name>');
    expect(root.stderr + add.stderr).toBe('');
  });

  it('uses --db over REGULARS_DB, and the desktop app file when neither is given', () => {
    const viaFlag = join(temp.dir, 'flag.db');
    const byFlag = runBinary(['init', '--db', viaFlag, '--json'], temp.dir, { REGULARS_DB: dbPath });
    expect(parseJson<{ path: string; created: boolean }>(byFlag.stdout)).toMatchObject({
      path: viaFlag,
      created: true,
    });
    const byDefault = runBinary(['init'], temp.dir);
    expect(byDefault.stdout).toBe(
      `Created ${join(temp.dir, 'config', 'Regulars', 'regulars.db')} (schema version ${LATEST_VERSION}).\n`,
    );
  });
});
