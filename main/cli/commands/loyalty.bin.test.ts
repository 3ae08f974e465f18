import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { LedgerRow, LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars loyalty …` run as the real binary.

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let ann: Customer;
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  const env = { REGULARS_DB: dbPath };
  expect(runInProcess(['init'], env).status).toBe(0);
  ann = parseJson<Customer>(runInProcess(['customers', 'add', '--first-name', 'Ann', '--json'], env).stdout);
});
afterAll(() => temp.dispose());

describe('regulars loyalty (the real binary)', () => {
  it('sets up a program, earns on a purchase, and reports status, next tier and affordable rewards', () => {
    const set = run(
      'loyalty',
      'program',
      'set',
      '--points',
      '1',
      '--per',
      '1.00',
      '--tier',
      'Regular:0',
      '--tier',
      'Silver:100',
      '--tier',
      'Gold:500',
      '--reward',
      'Free coffee:30',
      '--reward',
      'Cake:200',
      '--json',
    );
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect(run('log', ann.id, '--kind', 'purchase', '--amount', '120.50').status).toBe(0);
    const status = parseJson<LoyaltyStatus>(run('loyalty', 'status', ann.id, '--json').stdout);
    expect(status).toMatchObject({
      balance: 120,
      tier: { name: 'Silver' },
      nextTier: { name: 'Gold', missing: 380 },
      rewards: [
        { id: 'r1', affordable: true },
        { id: 'r2', affordable: false },
      ],
    });
    const past = parseJson<LoyaltyStatus>(
      run('loyalty', 'status', ann.id, '--as-of', '2020-01-01', '--json').stdout,
    );
    expect(past).toMatchObject({ enrolled: false, balance: 0 });
  });

  it('redeems by reward or points, and refuses more than the balance with exit code 1', () => {
    expect(run('loyalty', 'redeem', ann.id, 'r1').stdout).toBe('Redeemed. 90 points left.\n');
    const before = snapshot(dbPath);
    const refused = run('loyalty', 'redeem', ann.id, '--points', '500', '--json');
    expect(refused.status).toBe(1);
    expect(parseJson(refused.stderr)).toEqual({
      error: {
        code: 'conflict',
        message: 'Not enough points: this redemption needs 500 and Ann has 90 (410 more needed).',
      },
    });
    expect(snapshot(dbPath)).toEqual(before);
    const rows = parseJson<{ rows: LedgerRow[] }>(run('loyalty', 'ledger', ann.id, '--json').stdout).rows;
    expect(rows.map((row) => [row.kind, row.points, row.balanceAfter])).toEqual([
      ['redeem', -30, 90],
      ['earn', 120, 120],
    ]);
  });

  it.each([
    [['status', 'ID', '--as-of', '2026-02-30'], "--as-of: '2026-02-30' is not a real date"],
    [['redeem', 'ID'], 'Give either a REWARD_ID or --points N'],
    [['redeem', 'ID', 'r1', '--points', '5'], 'Give either a REWARD_ID or --points N'],
    [['adjust', 'ID', '--points', 'ten', '--reason', 'x'], "--points: 'ten' is not a whole number"],
    [['adjust', 'ID', '--points', '5', '--reason', ' '], 'reason: is required'],
    [['program', 'set', '--tier', 'Gold'], "--tier: 'Gold' must look like NAME:500"],
    [['program', 'set', '--tier', 'Gold:500', '--tier', 'Silver:100'], "must be more than Gold's (500)"],
    [['program', 'set', '--from', '2020-01-01'], 'effectiveFrom: must be today or later'],
  ])('refuses %j with exit code 2 and changes nothing', (args, message) => {
    const before = snapshot(dbPath);
    const result = run('loyalty', ...args.map((arg) => (arg === 'ID' ? ann.id : arg)));
    expect(result.stderr).toContain(message);
    expect(result.status).toBe(2);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('shows the program and imports it back from JSON', () => {
    const shown = run('loyalty', 'program', 'show', '--json');
    const file = join(temp.dir, 'program.json');
    writeFileSync(file, shown.stdout);
    const imported = run('loyalty', 'program', 'import', file, '--preview');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('0 of 1 customers would change tier');
  });
});
