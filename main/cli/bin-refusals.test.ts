import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from './test-helpers.ts';

// The real binary refusing bad input: a specific message, a non-zero exit, and a database that
// is exactly as it was (same rows, same bytes).

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let jose: Customer;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  // Seeding in-process saves two process starts; the refusals below are what this file tests.
  const env = { REGULARS_DB: dbPath };
  expect(runInProcess(['init'], env).status).toBe(0);
  jose = parseJson<Customer>(
    runInProcess(['customers', 'add', '--first-name', 'José', '--last-name', 'Núñez', '--json'], env).stdout,
  );
  expect(runInProcess(['log', jose.id, '--kind', 'visit'], env).status).toBe(0);
});
afterAll(() => temp.dispose());

describe('regulars (the real binary) refuses', () => {
  it.each([
    [
      ['customers', 'add', '--first-name', 'Eve', '--email', 'eve-at-home'],
      2,
      "--email: 'eve-at-home' must look like name@example.com",
    ],
    [
      ['customers', 'add', '--first-name', 'Eve', '--birthday', '2023-02-30'],
      2,
      "--birthday: '2023-02-30' is not a real date",
    ],
    [
      ['log', 'JOSE', '--kind', 'purchase', '--amount', 'abc'],
      2,
      "--amount: 'abc' is not an amount like 12.50",
    ],
    [['log', 'JOSE', '--kind', 'nope'], 2, "--kind: 'nope' is not one of visit, purchase, call"],
    [['customers', 'list', '--limit', '0'], 2, '--limit: must be between 1 and 500 (got 0)'],
    [['log', 'no-such-customer', '--kind', 'visit'], 1, 'No customer with id no-such-customer.'],
  ])('refuses %j with a specific message and leaves the database unchanged', (args, status, message) => {
    const before = snapshot(dbPath);
    const result = run(...args.map((arg) => (arg === 'JOSE' ? jose.id : arg)));
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('reports errors as JSON on stderr with --json', () => {
    const result = run('customers', 'add', '--json', '--first-name', 'Eve', '--email', 'nope');
    expect(result.status).toBe(2);
    expect(parseJson(result.stderr)).toEqual({
      error: {
        code: 'invalid_input',
        message: "--email: 'nope' must look like name@example.com",
        field: 'email',
      },
    });
  });

  it('refuses a database from a newer Regulars and leaves it byte-identical', () => {
    const newer = join(temp.dir, 'newer.db');
    const db = new Database(newer);
    db.exec('CREATE TABLE customers (id TEXT)');
    db.pragma('application_id = 0x52474c52');
    db.pragma('user_version = 9990');
    db.close();
    const bytes = readFileSync(newer);
    const result = run('customers', 'list', '--db', newer);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('newer Regulars (schema 9990');
    expect(result.stderr).toContain('it was not changed');
    expect(readFileSync(newer).equals(bytes)).toBe(true);
  });
});
