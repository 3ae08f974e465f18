import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, TrashedCustomer } from '../../../shared/domain/customer.ts';
import { createCore } from '../../core/core.ts';
import { TEST_ACTOR } from '../../core/test-support/test-actor.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars customers delete / restore / trash / purge` and `--field`, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });
const add = (...args: string[]) =>
  parseJson<Customer>(runInProcess(['customers', 'add', '--json', ...args], { REGULARS_DB: dbPath }).stdout);

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  expect(runInProcess(['init'], { REGULARS_DB: dbPath }).status).toBe(0);
});
afterAll(() => temp.dispose());

describe('regulars customers delete, restore, trash, purge (the real binary)', () => {
  it('moves customers to the trash, lists it, and brings them back', () => {
    const ann = add('--first-name', 'Ann', '--last-name', 'Lee');
    const bob = add('--first-name', 'Bob', '--last-name', 'Ray');
    expect(run('customers', 'trash')).toEqual({ status: 0, stdout: 'The trash is empty.\n', stderr: '' });

    const deleted = run('customers', 'delete', ann.id, bob.id);
    expect(deleted).toEqual({
      status: 0,
      stdout: `Moved 2 customers to the trash. Bring them back with: regulars customers restore ${ann.id} ${bob.id}\n`,
      stderr: '',
    });
    const trash = run('customers', 'trash');
    expect(trash.stdout).toMatch(/^ID\s+NAME\s+PHONE\s+EMAIL\s+DELETED\n/);
    expect(trash.stdout).toMatch(/Ann Lee/);
    expect(trash.stdout).toMatch(/2 of 2 in the trash\.\n$/);
    const listed = parseJson<{ items: TrashedCustomer[]; total: number }>(
      run('customers', 'trash', '--json').stdout,
    );
    expect(listed.total).toBe(2);
    expect(listed.items.map((c) => c.id).sort()).toEqual([ann.id, bob.id].sort());

    expect(parseJson(run('customers', 'restore', ann.id, '--json').stdout)).toEqual({
      restoredIds: [ann.id],
    });
    expect(run('customers', 'show', ann.id).status).toBe(0);
    expect(run('customers', 'restore', bob.id).stdout).toBe('Restored 1 customer.\n');
  });

  it('refuses ids that are gone or in the wrong place, with a specific message, and changes nothing', () => {
    const cat = add('--first-name', 'Cat');
    const before = snapshot(dbPath);
    expect(run('customers', 'delete', cat.id, 'no-such-id')).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'regulars: 1 of the selected customers no longer exists (deleted or merged); nothing was changed.\n',
    });
    const purge = run('customers', 'purge', cat.id, '--json');
    expect(purge.status).toBe(1);
    expect(parseJson(purge.stderr)).toEqual({
      error: {
        code: 'conflict',
        field: 'ids',
        message: 'The selected customer is not in the trash; only customers in the trash can be purged.',
      },
    });
    expect(run('customers', 'restore', cat.id).stderr).toMatch(/is not in the trash/);
    expect(run('customers', 'purge').stderr).toMatch(/Say what to purge/);
    expect(run('customers', 'purge', cat.id, '--older-than', '3').stderr).toMatch(/not both/);
    expect(run('customers', 'purge', '--older-than', 'soon')).toMatchObject({
      status: 2,
      stderr: "regulars: --older-than: 'soon' is not a whole number\n",
    });
    expect(run('customers', 'delete').status).toBe(2);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('erases trashed customers for good, by id or by age', () => {
    const dan = add('--first-name', 'Dan', '--notes', 'zorblaxian');
    const eve = add('--first-name', 'Eve');
    run('customers', 'delete', dan.id, eve.id);
    expect(run('customers', 'purge', dan.id)).toEqual({
      status: 0,
      stdout: 'Erased 1 customer for good.\n',
      stderr: '',
    });
    expect(run('customers', 'search', 'zorblaxian').stdout).toMatch(/No customers match/);
    expect(parseJson(run('customers', 'purge', '--older-than', '1', '--json').stdout)).toEqual({ purged: 0 });
    expect(parseJson(run('customers', 'purge', '--older-than', '0', '--json').stdout)).toEqual({ purged: 1 });
    expect(run('customers', 'trash').stdout).toBe('The trash is empty.\n');
  });
});

describe('regulars customers add/edit --field (the real binary)', () => {
  let sizeId = '';
  let hairId = '';
  beforeAll(() => {
    const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
    try {
      sizeId = (
        core.call('customFields:create', { name: 'Shoe size', type: 'number' }) as { data: { id: string } }
      ).data.id;
      hairId = (
        core.call('customFields:create', {
          name: 'Hair',
          type: 'choice',
          choices: ['Curly', 'Straight'],
        }) as {
          data: { id: string };
        }
      ).data.id;
    } finally {
      core.close();
    }
  });

  it('sets custom fields by name, converted to their type, and edits only the ones given', () => {
    const added = run(
      'customers',
      'add',
      '--first-name',
      'Fay',
      '--field',
      'shoe size=38,5',
      '--field',
      'Hair=curly',
      '--json',
    );
    expect(added.stderr).toBe('');
    const fay = parseJson<Customer>(added.stdout);
    expect(fay.customFields).toEqual({ [sizeId]: 38.5, [hairId]: 'Curly' });
    const edited = parseJson<Customer>(
      run('customers', 'edit', fay.id, '--field', 'Shoe size=', '--json').stdout,
    );
    expect(edited.customFields).toEqual({ [hairId]: 'Curly' });
  });

  it('names the option when a value or a field name is wrong, and saves nothing', () => {
    const before = snapshot(dbPath);
    expect(run('customers', 'add', '--first-name', 'Gus', '--field', 'Hair=wavy')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'regulars: --field Hair must be one of: Curly, Straight\n',
    });
    expect(run('customers', 'add', '--first-name', 'Gus', '--field', 'Shoe size=big').stderr).toBe(
      "regulars: --field Shoe size: 'big' is not a number\n",
    );
    expect(run('customers', 'add', '--first-name', 'Gus', '--field', 'Eyes=blue').stderr).toBe(
      'regulars: --field: there is no custom field called "Eyes" (the fields are "Shoe size", "Hair")\n',
    );
    expect(run('customers', 'add', '--first-name', 'Gus', '--field', 'no equals sign').status).toBe(2);
    expect(snapshot(dbPath)).toEqual(before);
  });
});
