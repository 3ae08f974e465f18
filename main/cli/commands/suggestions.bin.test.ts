import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../core/core.ts';
import { TEST_ACTOR } from '../../core/test-support/test-actor.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';

// `regulars suggestions`, `suggestions act` and `suggestions outcomes`, as the real binary (in UTC).

interface Line {
  customerId: string;
  kind: string;
  score: number;
  reasons: string[];
  channel: string;
  message: string;
}

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let una = '';
let rita = '';
const noon = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  expect(runInProcess(['init'], { REGULARS_DB: dbPath }).status).toBe(0);
  const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  const call = (channel: string, input: unknown) => {
    const result = core.call(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.data as { id: string };
  };
  try {
    rita = call('customers:create', {
      firstName: 'Rita',
      phone: '+39 333 1234567',
      consents: [{ channel: 'sms', granted: true, source: 'form' }],
    }).id;
    for (const day of ['2026-02-13', '2026-02-23', '2026-03-05'])
      call('interactions:log', { customerId: rita, kind: 'visit', occurredAt: noon(day) });
    una = call('customers:create', { firstName: 'Una', email: 'una@example.com' }).id;
    call('interactions:log', { customerId: una, kind: 'visit', occurredAt: noon('2025-06-01') });
    call('interactions:log', {
      customerId: una,
      kind: 'complaint',
      occurredAt: noon('2026-03-22'),
      note: 'cold',
    });
  } finally {
    core.close();
  }
});
afterAll(() => temp.dispose());

describe('regulars suggestions (the real binary)', () => {
  it('lists suggestions for a past day in the issue’s shape, closing the loop first', () => {
    const result = run('suggestions', '--as-of', '2026-03-25', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = parseJson<Line[]>(result.stdout);
    expect(lines.map((line) => [line.customerId, line.kind, line.channel])).toEqual([
      [una, 'close_the_loop', 'email'],
      [rita, 'win_back', 'sms'],
    ]);
    expect(lines[0]).toMatchObject({ reasons: ['A complaint 3 days ago: “cold”, with no follow-up since.'] });
    expect(Object.keys(lines[1] ?? {})).toEqual([
      'customerId',
      'kind',
      'score',
      'reasons',
      'channel',
      'message',
    ]);
    expect(
      parseJson<Line[]>(run('suggestions', '--as-of', '2026-03-25', '--limit', '1', '--json').stdout),
    ).toHaveLength(1);
  });

  it.each([
    [['suggestions', '--as-of', '2026-02-30'], "--as-of: '2026-02-30' is not a real date"],
    [['suggestions', '--limit', '0'], '--limit: must be between 1 and 500 (got 0)'],
    [['suggestions', 'act', 'nobody', 'win_back'], 'customer'],
    [['suggestions', 'act', 'x', 'gossip'], "KIND: 'gossip' is not one of close_the_loop"],
    [['suggestions', 'act', 'x', 'win_back', '--channel', 'fax'], "--channel: 'fax' is not one of email"],
  ])('refuses %j with a specific message, changing nothing', (args, message) => {
    const before = snapshot(dbPath);
    const result = run(...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('refuses a channel without consent with exit code 2, and acts on an allowed one', () => {
    // Today (the real clock) the complaint is long past the 60-day window: widen it first.
    const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
    try {
      expect(core.call('suggestions:updateSettings', { closeLoopWithinDays: 365 }).ok).toBe(true);
    } finally {
      core.close();
    }
    const before = snapshot(dbPath);
    const refused = run('suggestions', 'act', una, 'close_the_loop', '--channel', 'sms', '--json');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "--channel: 'sms' not allowed for this customer (nothing on file for it)",
    );
    expect(snapshot(dbPath)).toEqual(before);
    const done = run('suggestions', 'act', una, 'close_the_loop', '--json');
    expect(done.stderr).toBe('');
    const out = parseJson<{ channel: string; link: string; message: string }>(done.stdout);
    expect(out.channel).toBe('email');
    expect(out.link).toMatch(/^mailto:una@example\.com\?body=/);
    const outcomes = parseJson<{ rows: { kind: string; sent: number }[] }>(
      run('suggestions', 'outcomes', '--json').stdout,
    );
    expect(outcomes.rows.find((row) => row.kind === 'close_the_loop')?.sent).toBe(1);
  });
});
