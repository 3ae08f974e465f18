import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars import …` and `regulars export contacts`, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });
// Refusals go through the same main() in process: the exit code is main's return value.
const runHere = (...args: string[]) => runInProcess(args, { REGULARS_DB: dbPath });
const file = (name: string, text: string | Uint8Array) => {
  const path = join(temp.dir, name);
  writeFileSync(path, text);
  return path;
};

interface ImportJson {
  imported: number;
  updated: number;
  skipped: number;
  rejected: number;
  errors: { row: number; field: string; message: string }[];
  importId: string | null;
}

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  const env = { REGULARS_DB: dbPath };
  expect(runInProcess(['init'], env).status).toBe(0);
  expect(
    runInProcess(
      [
        'customers',
        'add',
        '--first-name',
        'Ann',
        '--email',
        'ann@example.com',
        '--code',
        'C-1',
        '--tag',
        'vip',
      ],
      env,
    ).status,
  ).toBe(0);
});
afterAll(() => temp.dispose());

describe('regulars import (the real binary)', () => {
  it('imports a Windows-1252 semicolon file with a custom mapping, reports as JSON and writes the rejected rows', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Nom;Pr'),
      0xe9,
      ...Buffer.from('nom;T'),
      0xe9,
      ...Buffer.from('l;Taille\r\nDupont;Ren'),
      0xe9,
      ...Buffer.from(';06 12 34 56 78;38\r\nMartin;Zo'),
      0xeb,
      ...Buffer.from(';t'),
      0xe9,
      ...Buffer.from('l!;40\r\n'),
    ]);
    const csv = file('clients.csv', bytes);
    const rejects = join(temp.dir, 'rejected.csv');
    const result = run('import', 'customers', csv, '--map', 'Taille=notes', '--rejects', rejects, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = parseJson<ImportJson>(result.stdout);
    expect(report).toMatchObject({ imported: 1, updated: 0, skipped: 0, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 3, field: 'phone', message: 'may contain only digits, spaces and + ( ) - . /' },
    ]);
    expect(readFileSync(rejects, 'utf8')).toBe(
      '\ufeffRow,Reason,Nom,Prénom,Tél,Taille\r\n3,"phone: may contain only digits, spaces and + ( ) - . /",Martin,Zoë,tél!,40\r\n',
    );
    const found = parseJson<{ firstName: string; notes: string }[]>(
      run('customers', 'search', 'rene', '--json').stdout,
    );
    expect(found).toMatchObject([{ firstName: 'René' }]);
  });

  it.each([
    [['--date-order', 'ymd'], "--date-order: 'ymd' is not one of dmy, mdy"],
    [['--on-duplicate', 'merge'], "--on-duplicate: 'merge' is not one of skip, fill, overwrite, create"],
    [['--map', 'Birthday'], "--map: 'Birthday' is not Column=field"],
    [['--map', 'Nope=email'], "--map: the file has no column 'Nope' (it has: First Name, Birthday)"],
    [[], '--date-order: the dates in column "Birthday" could be day-first or month-first'],
  ])('refuses %j with a specific message, exit code 2, nothing changed', (args, message) => {
    const csv = file('dates.csv', 'First Name,Birthday\nBo,03/04/1990\nCy,05/06/1985\n');
    const before = snapshot(dbPath);
    const result =
      args.length === 0 ? run('import', 'customers', csv) : runHere('import', 'customers', csv, ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('a dry run reports and changes nothing; the import then does just that; undo takes it back', () => {
    const csv = file(
      'more.csv',
      'First Name,Email,Birthday\nAnn,ANN@example.com,03/04/1990\nBo,bo@example.com,05/06/1985\n',
    );
    const before = snapshot(dbPath);
    const dry = run('import', 'customers', csv, '--date-order', 'mdy', '--on-duplicate', 'fill', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toBe(
      'Would import 1 customer, updated 1, skipped 0, rejected 0.\nDry run: nothing was changed.\n',
    );
    expect(snapshot(dbPath)).toEqual(before);
    const real = parseJson<ImportJson>(
      run('import', 'customers', csv, '--date-order', 'mdy', '--on-duplicate', 'fill', '--json').stdout,
    );
    expect(real).toMatchObject({ imported: 1, updated: 1 });
    const undo = run('import', 'undo', real.importId ?? '');
    expect(undo.stdout).toBe('Undone: removed 1 customers and 0 interactions, restored 1 customers.\n');
    expect(snapshot(dbPath).customers).toBe(before.customers);
  });

  it('imports purchase history once, creating missing customers when asked, without loyalty points', () => {
    const till = file(
      'till.csv',
      'customer_ref,occurred_at,kind,amount,note,external_id\nC-1,2025-03-01 10:30,,12.50,espresso,R1\nW-9,2025-03-02,visit,,,R2\n',
    );
    const first = parseJson<ImportJson>(
      run('import', 'interactions', till, '--create-missing', '--json').stdout,
    );
    expect(first).toMatchObject({ imported: 2, customersCreated: 1, rejected: 0 });
    const again = parseJson<ImportJson>(run('import', 'interactions', till, '--json').stdout);
    expect(again).toMatchObject({ imported: 0, skipped: 2 });
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(
        db.prepare('SELECT external_id, earns_points FROM interactions ORDER BY external_id').all(),
      ).toEqual([
        { external_id: 'R1', earns_points: 0 },
        { external_id: 'R2', earns_points: 0 },
      ]);
    } finally {
      db.close();
    }
  });

  it('imports a vCard file', () => {
    const vcf = file(
      'phone.vcf',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dee Nguyen\r\nN:Nguyen;Dee;;;\r\nTEL:+1 212 736 5000\r\nEND:VCARD\r\n',
    );
    expect(parseJson<ImportJson>(run('import', 'vcard', vcf, '--json').stdout)).toMatchObject({
      imported: 1,
      rejected: 0,
    });
  });
});

describe('regulars export contacts (the real binary)', () => {
  it('writes CSV to stdout, safe for spreadsheets, with the columns asked for', () => {
    const result = run('export', 'contacts', '--tag', 'vip', '--columns', 'first_name,email,code');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('\ufeffFirst Name,Email,Customer Code\r\nAnn,ann@example.com,C-1\r\n');
  });

  it('writes Excel and vCard files and says how many', () => {
    const xlsx = join(temp.dir, 'all.xlsx');
    const done = parseJson<{ rows: number; format: string }>(
      run('export', 'contacts', '--format', 'xlsx', '--out', xlsx, '--json').stdout,
    );
    expect(done).toMatchObject({ format: 'xlsx', rows: 4 });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const vcf = run('export', 'contacts', '--format', 'vcard3', '--tag', 'vip');
    expect(vcf.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\nFN:Ann\r\n/);
  });

  it.each([
    [['--format', 'pdf'], "--format: 'pdf' is not one of csv, xlsx, vcard, vcard3"],
    [['--format', 'xlsx'], '--out: an Excel file is binary; give --out FILE'],
    [['--preset', 'everyone'], "--preset: 'everyone' is not a preset"],
    [['--columns', 'password'], "--columns: 'password' is not a column"],
  ])('refuses %j with exit code 2', (args, message) => {
    const result = runHere('export', 'contacts', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
