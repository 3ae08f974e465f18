import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { Interaction } from '../../../shared/domain/interaction.ts';
import type { Staff } from '../../../shared/domain/staff.ts';
import { createCore } from '../../core/core.ts';
import { TEST_ACTOR } from '../../core/test-support/test-actor.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars log` with who served and how satisfied the customer was, run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let ann: Customer;
let sam: Staff;
let samira: Staff;
let lou: Staff;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  // Seeding in-process saves process starts; the binary runs below are what this file tests.
  const env = { REGULARS_DB: dbPath };
  const json = <T>(args: string[]) => parseJson<T>(runInProcess([...args, '--json'], env).stdout);
  expect(runInProcess(['init'], env).status).toBe(0);
  ann = json<Customer>(['customers', 'add', '--first-name', 'Ann', '--last-name', 'Lee']);
  sam = json<Staff>(['staff', 'add', '--name', 'Sam Okafor']);
  samira = json<Staff>(['staff', 'add', '--name', 'Samira Lee']);
  lou = json<Staff>(['staff', 'add', '--name', 'Lou Durand']);
  const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  try {
    expect(
      core.call('staff:update', { id: lou.id, fields: { displayName: 'Lou Durand', active: false } }).ok,
    ).toBe(true);
  } finally {
    core.close();
  }
});
afterAll(() => temp.dispose());

describe('regulars log (the real binary)', () => {
  it('logs who served by name, the channel and the satisfaction answers', () => {
    const result = run(
      'log',
      ann.id,
      '--kind',
      'visit',
      '--amount',
      '12.50',
      '--staff',
      'SAM okafor',
      '--channel',
      'phone',
      '--csat',
      '5',
      '--nps',
      '10',
      '--ces',
      '7',
      '--at',
      '2026-03-01T10:00',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Logged visit of 12\.50 at 2026-03-01 10:00 by Sam Okafor \(id [0-9a-f-]{36}\)\.\n$/,
    );
    const [logged] = timeline();
    expect(logged).toMatchObject({
      staffId: sam.id,
      channel: 'phone',
      amountMinor: 1250,
      csat: 5,
      nps: 10,
      ces: 7,
    });
  });

  it('takes a staff id, a whole first name, or the unique start of a name', () => {
    for (const [typed, expected] of [
      [samira.id, samira.id],
      ['sam', sam.id], // a whole word beats the start of "Samira"
      ['sami', samira.id],
      ['oka', sam.id],
    ] as const) {
      const result = run('log', ann.id, '--kind', 'note', '--staff', typed, '--json');
      expect(result.status, typed).toBe(0);
      expect(parseJson<Interaction>(result.stdout).staffId, typed).toBe(expected);
    }
  });

  it.each([
    [['--nps', '11'], 2, '--nps: 11 is not between 0 and 10'],
    [['--nps', '-1'], 2, '--nps: -1 is not between 0 and 10'],
    [['--csat', '0'], 2, '--csat: 0 is not between 1 and 5'],
    [['--csat', 'great'], 2, "--csat: 'great' is not a whole number"],
    [['--ces', '8'], 2, '--ces: 8 is not between 1 and 7'],
    [['--ces', '4.5'], 2, "--ces: '4.5' is not a whole number"],
    [['--channel', 'pigeon'], 2, "--channel: 'pigeon' is not one of in_person, phone, email"],
    [['--staff', 'nobody'], 2, `--staff: nobody active on the staff is called 'nobody'`],
    [['--staff', 'sa'], 2, "--staff: 'sa' could be 2 people (Sam Okafor, Samira Lee)"],
    [['--staff', 'lou durand'], 2, '--staff: Lou Durand is no longer active'],
    [['--staff', 'LOU'], 2, "--staff: nobody active on the staff is called 'LOU'"],
    [['--staff', ' '], 2, '--staff: needs a name or an id'],
    [['--amount', '-5'], 2, '--amount: must not be negative unless it is a purchase refund'],
  ])('refuses %j with a specific message and leaves the database unchanged', (args, status, message) => {
    const before = snapshot(dbPath);
    const result = run('log', ann.id, '--kind', 'visit', ...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('refuses a deactivated staff member given by id, as JSON with --json', () => {
    const before = snapshot(dbPath);
    const result = run('log', ann.id, '--kind', 'visit', '--staff', lou.id, '--json');
    expect(result.status).toBe(2);
    expect(parseJson(result.stderr)).toEqual({
      error: { code: 'invalid_input', message: '--staff: Lou Durand is no longer active', field: 'staffId' },
    });
    expect(snapshot(dbPath)).toEqual(before);
  });
});

function timeline(): Interaction[] {
  const shown = runInProcess(['customers', 'show', ann.id, '--json'], { REGULARS_DB: dbPath });
  return parseJson<{ interactions: Interaction[] }>(shown.stdout).interactions;
}
