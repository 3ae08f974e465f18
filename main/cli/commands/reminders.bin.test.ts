import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../core/core.ts';
import { makeTempDir, parseJson, runBinary, runInProcess, snapshot } from '../test-helpers.ts';
import { TEST_ACTOR } from '../../core/test-support/test-actor.ts';

// `regulars reminders` and `regulars predict`, run as the real binary (in UTC) on a real file.

interface ReminderLine {
  customerId: string;
  kinds: string[];
  reasons: string[];
  dueDate: string;
}

interface PredictOutput {
  model: {
    kind: string;
    unit: string;
    r: number;
    alpha: number;
    a: number;
    b: number;
    logLikelihood: number;
    customers: number;
  } | null;
  customers: {
    id: string;
    ref: string | null;
    visits: number;
    pAlive: number | null;
    expectedVisits30d: number | null;
    expectedVisits90d: number | null;
    usualIntervalDays: number | null;
    nextVisitDate: string | null;
  }[];
}

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let emptyPath: string;
let ann = '';
const noon = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const run = (...args: string[]) => runBinary(args, temp.dir, { REGULARS_DB: dbPath });

beforeAll(() => {
  temp = makeTempDir();
  dbPath = join(temp.dir, 'shop.db');
  emptyPath = join(temp.dir, 'empty.db');
  expect(runInProcess(['init'], { REGULARS_DB: dbPath }).status).toBe(0);
  expect(runInProcess(['init'], { REGULARS_DB: emptyPath }).status).toBe(0);
  const core = createCore(dbPath, { log: () => {}, actor: TEST_ACTOR });
  const call = (channel: string, input: unknown) => {
    const result = core.call(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.data as { id: string };
  };
  try {
    core.ctx.db.transaction(() => {
      ann = call('customers:create', { firstName: 'Ann', lastName: 'Lee', code: 'A1' }).id;
      for (const day of ['2026-02-02', '2026-02-16', '2026-03-02']) {
        call('interactions:log', { customerId: ann, kind: 'visit', occurredAt: noon(day) });
      }
      for (let i = 0; i < 35; i++) {
        const id = call('customers:create', { firstName: `Regular ${i}` }).id;
        for (let day = 1 + (i % 5); day < 75; day += 5 + (i % 9)) {
          call('interactions:log', {
            customerId: id,
            kind: 'purchase',
            occurredAt: noon('2026-01-01') + day * 86_400_000,
          });
        }
      }
    })();
  } finally {
    core.close();
  }
});
afterAll(() => temp.dispose());

describe('regulars reminders (the real binary)', () => {
  it('lists who is due on a past day, each with its kinds, reasons in words and due date', () => {
    const result = run('reminders', '--as-of', '2026-03-20', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = parseJson<ReminderLine[]>(result.stdout);
    expect(lines.find((line) => line.customerId === ann)).toEqual({
      customerId: ann,
      kinds: ['due'],
      reasons: ['Due back: usually every 14 days, last visit 18 days ago (2026-03-02).'],
      dueDate: '2026-03-16',
    });
  });

  it('ignores every interaction after the as-of date', () => {
    const before = run('reminders', '--as-of', '2026-03-20', '--json').stdout;
    expect(
      runInProcess(['log', ann, '--kind', 'visit', '--at', '2026-03-25T10:00Z'], { REGULARS_DB: dbPath })
        .status,
    ).toBe(0);
    expect(run('reminders', '--as-of', '2026-03-20', '--json').stdout).toBe(before);
    expect(
      parseJson<ReminderLine[]>(run('reminders', '--as-of', '2026-03-26', '--json').stdout).some(
        (line) => line.customerId === ann,
      ),
    ).toBe(false);
  });

  it.each([
    [['--as-of', '2026-02-30'], "--as-of: '2026-02-30' is not a real date"],
    [['--as-of', 'yesterday'], "--as-of: 'yesterday' is not a date like 2026-11-22"],
    [['--kind', 'gossip'], "--kind: 'gossip' is not one of one_off, overdue"],
    [['--limit', '0'], '--limit: must be between 1 and 2000 (got 0)'],
  ])('refuses %j with exit code 2 and a specific message, changing nothing', (args, message) => {
    const before = snapshot(dbPath);
    const result = run('reminders', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(snapshot(dbPath)).toEqual(before);
  });
});

describe('regulars predict (the real binary)', () => {
  it('fits the model as of a day and reports every customer, the same on every run', () => {
    const first = run('predict', '--as-of', '2026-03-20', '--json');
    expect(first.status).toBe(0);
    const output = parseJson<PredictOutput>(first.stdout);
    expect(Object.keys(output)).toEqual(['model', 'customers']);
    expect(output.model).toMatchObject({ kind: 'bgnbd', unit: 'day', customers: 36 });
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(output.model?.[name]).toBeGreaterThan(0);
    expect(output.model?.logLikelihood).toBeLessThan(0);
    const annLine = output.customers.find((c) => c.id === ann);
    expect(annLine).toMatchObject({
      ref: 'A1',
      visits: 3,
      usualIntervalDays: 14,
      nextVisitDate: '2026-03-16',
    });
    expect(annLine?.pAlive).toBeGreaterThan(0);
    expect(annLine?.pAlive).toBeLessThanOrEqual(1);
    expect(annLine?.expectedVisits90d).toBeGreaterThan(annLine?.expectedVisits30d ?? Infinity);
    expect(run('predict', '--as-of', '2026-03-20', '--json').stdout).toBe(first.stdout);
  });

  it('says when there is too little history, and gives no model', () => {
    const result = runBinary(['predict', '--json'], temp.dir, { REGULARS_DB: emptyPath });
    expect(result.status).toBe(0);
    expect(parseJson(result.stdout)).toEqual({ model: null, customers: [] });
    const text = runBinary(['predict'], temp.dir, { REGULARS_DB: emptyPath });
    expect(text.stdout).toContain('Too little history: 0 customers came back, 30 are needed');
  });
});
