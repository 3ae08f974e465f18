import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { DuplicatePair } from '../../../shared/domain/duplicates.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';
import { parseTakes } from './duplicates.ts';

// `regulars customers duplicates / merge / undo-merge`, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });
const add = (...args: string[]) =>
  parseJson<Customer>(runInProcess(['customers', 'add', '--json', ...args], { REGULARS_DB: dbPath }).stdout);
// Lookups run in process: the binary itself is exercised by the commands under test.
const show = (id: string) => runInProcess(['customers', 'show', id, '--json'], { REGULARS_DB: dbPath });

let jose: Customer;
let twin: Customer;

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  expect(runInProcess(['init'], { REGULARS_DB: dbPath }).status).toBe(0);
  jose = add('--first-name', 'José', '--last-name', 'Núñez', '--phone', '+39 333 123 4567', '--tag', 'vip');
  twin = add(
    '--first-name',
    'Jose',
    '--last-name',
    'Nunez',
    '--phone',
    '333 1234567',
    '--email',
    'jose@example.com',
    '--tag',
    'coffee',
  );
  add('--first-name', 'Ann', '--last-name', 'Lee');
});
afterAll(() => temp.dispose());

describe('regulars customers duplicates, merge, undo-merge (the real binary)', () => {
  it('lists possible duplicates with ids, names, score and reasons', () => {
    const pairs = parseJson<DuplicatePair[]>(run('customers', 'duplicates', '--json').stdout);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ score: 1, reasons: ['Same phone number', 'Same name'] });
    expect([pairs[0]?.a.id, pairs[0]?.b.id].sort()).toEqual([jose.id, twin.id].sort());

    const human = run('customers', 'duplicates', '--limit', '5');
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^SCORE\s+ID A\s+NAME A\s+ID B\s+NAME B\s+WHY\n1\.00 /);
    expect(human.stdout).toContain('Same phone number; Same name');
    expect(human.stdout).toContain('José Núñez');
    expect(run('customers', 'duplicates', '--limit', '0').status).toBe(2);
  });

  it('refuses bad ids and choices, naming what was typed, and changes nothing', () => {
    const before = snapshot(dbPath);
    const unknown = run('customers', 'merge', jose.id, 'no-such-id');
    expect(unknown).toEqual({ status: 1, stdout: '', stderr: 'regulars: No customer with id no-such-id.\n' });
    const same = run('customers', 'merge', jose.id, jose.id, '--json');
    expect(same.status).toBe(2);
    expect(parseJson<{ error: { message: string } }>(same.stderr).error.message).toBe(
      'OTHER_ID: is the same customer as keepId; a customer cannot be merged into itself',
    );
    const notConflict = run('customers', 'merge', jose.id, twin.id, '--take', 'birthday=other');
    expect(notConflict.status).toBe(2);
    expect(notConflict.stderr).toBe(
      'regulars: --take birthday: is not a field these two customers fill in differently ' +
        '(those are: firstName, lastName, phone)\n',
    );
    expect(run('customers', 'merge', jose.id, twin.id, '--take', 'email=maybe').stderr).toMatch(
      /^regulars: --take: 'email=maybe' must be FIELD=other or FIELD=keep/,
    );
    expect(run('customers', 'undo-merge', 'no-such-merge')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'regulars: No merge with id no-such-merge.\n',
    });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('merges OTHER into KEEP with the chosen fields, and undo-merge brings both back', () => {
    const merged = run(
      'customers',
      'merge',
      jose.id,
      twin.id,
      '--take',
      'phone=other',
      '--take',
      'first-name',
    );
    expect(merged.status).toBe(0);
    const printed = /Merge id (\S+); undo with: regulars customers undo-merge (\S+)\n$/.exec(merged.stdout);
    expect(printed?.[1]).toBe(printed?.[2]);
    expect(merged.stdout).toContain(`Merged ${twin.id} into Jose Núñez (id ${jose.id}).`);

    const kept = parseJson<{ customer: Customer }>(show(jose.id).stdout).customer;
    expect(kept).toMatchObject({
      firstName: 'Jose',
      lastName: 'Núñez',
      phone: '333 1234567',
      email: 'jose@example.com',
      tags: ['coffee', 'vip'],
    });
    expect(show(twin.id).status).toBe(1);
    expect(parseJson<DuplicatePair[]>(run('customers', 'duplicates', '--json').stdout)).toEqual([]);

    const undone = run('customers', 'undo-merge', printed?.[1] ?? '', '--json');
    expect(undone.status).toBe(0);
    expect(parseJson(undone.stdout)).toEqual({ keepId: jose.id, otherId: twin.id });
    expect(parseJson<{ customer: Customer }>(show(jose.id).stdout).customer).toEqual(jose);
    expect(parseJson<{ customer: Customer }>(show(twin.id).stdout).customer).toEqual(twin);

    const before = snapshot(dbPath);
    expect(run('customers', 'undo-merge', printed?.[1] ?? '')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'regulars: This merge has already been undone.\n',
    });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('merge --json returns the merge id and the merged customer', () => {
    const result = run('customers', 'merge', twin.id, jose.id, '--json');
    expect(result.status).toBe(0);
    const { mergeId, customer } = parseJson<{ mergeId: string; customer: Customer }>(result.stdout);
    expect(mergeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(customer).toMatchObject({ id: twin.id, firstName: 'Jose', tags: ['coffee', 'vip'] });
  });
});

describe('parseTakes', () => {
  it('reads FIELD=other, FIELD=keep, a bare FIELD as other, and option-style names', () => {
    expect(parseTakes(['email=other', 'notes=keep', 'first-name', 'custom:abc-1=other'])).toEqual({
      email: 'other',
      notes: 'keep',
      firstName: 'other',
      'custom:abc-1': 'other',
    });
    expect(() => parseTakes(['email=other', 'email=keep'])).toThrow('--take: email is given twice');
    expect(() => parseTakes(['=other'])).toThrow(/must be FIELD=other or FIELD=keep/);
  });
});
