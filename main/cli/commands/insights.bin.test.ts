import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsFigures } from '../../../shared/domain/insights.ts';
import type { TierDistribution } from '../../../shared/domain/insights-tiers.ts';
import type { RfmSummary } from '../../../shared/domain/rfm.ts';
import { yearEndShop, type TestShop } from '../../core/insights/test-shop.ts';
import { CAFE_PROGRAM } from '../../core/loyalty/test-program.ts';
import { parseJson, runBinary, snapshot } from '../test-helpers.ts';

// `regulars insights`, `segments list|show` and `rfm`, run as the real binary on the hand-made
// shop of the figures tests (see yearEndShop).

let shop: TestShop;
const run = (...args: string[]) => runBinary(args, shop.core.dir, { REGULARS_DB: shop.core.dbPath });

beforeAll(() => {
  shop = yearEndShop();
  const program = shop.core.call('loyalty:setProgram', {
    program: {
      ...CAFE_PROGRAM,
      tiers: {
        ...CAFE_PROGRAM.tiers,
        levels: [
          { name: 'Silver', threshold: 100 },
          { name: 'Gold', threshold: 500 },
        ],
      },
    },
  });
  expect(program.ok).toBe(true);
  const created = shop.core.call('segments:create', {
    name: 'VIPs',
    filter: { match: 'all', conditions: [{ kind: 'spend', min: 3000 }] },
  });
  expect(created.ok).toBe(true);
  shop.core.close();
});
afterAll(() => shop.core.dispose());

describe('regulars insights', () => {
  it('prints the figures of a period and the one before it as JSON', () => {
    const result = run('insights', '--from', '2026-01-01', '--to', '2026-01-14', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const figures = parseJson<InsightsFigures & { loyaltyTiers: TierDistribution }>(result.stdout);
    expect(figures.period).toEqual({ from: '2026-01-01', to: '2026-01-14' });
    expect(figures.previousPeriod).toEqual({ from: '2025-12-18', to: '2025-12-31' });
    expect(figures.current).toMatchObject({
      activeCustomers: 5,
      newCustomers: 2,
      visits: 5,
      revenueMinor: 10_500,
      churnedCustomers: 1,
    });
    expect(figures.previous.nps).toEqual({
      score: null,
      answers: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
    // The program started after every visit of the shop: nobody has earned a tier yet.
    expect(figures.loyaltyTiers).toEqual({
      status: 'tiers',
      programVersion: 1,
      measure: 'points',
      tiers: [
        { rank: 0, name: 'Silver', threshold: 100, customers: 0 },
        { rank: 1, name: 'Gold', threshold: 500, customers: 0 },
      ],
      noTier: 9,
      customers: 9,
    });
  });

  it('prints a table people read, with the change and "no answers yet"', () => {
    const result = run('insights', '--from', '2026-01-01', '--to', '2026-01-14');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      '2026-01-01 to 2026-01-14, compared with 2025-12-18 to 2025-12-31 (active: a visit in the last 90 days).',
    );
    expect(lines[2]).toMatch(/^FIGURE\s+THIS PERIOD\s+PREVIOUS\s+CHANGE$/);
    expect(lines.find((line) => line.startsWith('New customers'))?.split(/\s{2,}/)).toEqual([
      'New customers',
      '2',
      '1',
      '▲ 1',
    ]);
    expect(lines.find((line) => line.startsWith('Revenue  '))?.split(/\s{2,}/)).toEqual([
      'Revenue',
      '105.00',
      '30.00',
      '▲ 75.00',
    ]);
    expect(lines.find((line) => line.startsWith('NPS'))?.split(/\s{2,}/)).toEqual([
      'NPS',
      '0 (3 answers)',
      'no answers yet',
    ]);
    expect(lines).toContain('Loyalty tiers now (9 customers):');
    expect(lines.find((line) => line.startsWith('No tier'))?.split(/\s{2,}/)).toEqual(['No tier', '9']);
  });

  it.each([
    [
      ['--from', '2026-02-30', '--to', '2026-03-01'],
      "--from: '2026-02-30' is not a real date between 1970 and 2199",
    ],
    [['--from', '2026-01-01'], 'Give both --from and --to (YYYY-MM-DD), or neither for the last 30 days.'],
    [['--from', '2026-01-10', '--to', '2026-01-01'], '--to: 2026-01-01 is before --from 2026-01-10'],
    [['--from', 'yesterday', '--to', '2026-01-01'], "--from: 'yesterday' must be a date like 2026-01-31"],
  ])('refuses %j with exit code 2 and a specific message, changing nothing', (args, message) => {
    const before = snapshot(shop.core.dbPath);
    const result = run('insights', ...args);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `regulars: ${message}\n` });
    expect(snapshot(shop.core.dbPath)).toEqual(before);
  });
});

describe('regulars segments', () => {
  it('lists saved segments with their rule and count', () => {
    const listed = parseJson<{ name: string; count: number; description: string }[]>(
      run('segments', 'list', '--json').stdout,
    );
    expect(listed).toMatchObject([{ name: 'VIPs', count: 4, description: 'spent at least 30.00 in total' }]);
    expect(run('segments', 'list').stdout).toMatch(
      /^NAME\s+CUSTOMERS\s+RULE\nVIPs\s+4\s+spent at least 30.00 in total\n$/,
    );
  });

  it('shows the customers of a saved segment, by name whatever the case', () => {
    const shown = parseJson<{ name: string; total: number; items: { firstName: string }[] }>(
      run('segments', 'show', 'vips', '--json').stdout,
    );
    expect(shown.name).toBe('VIPs');
    expect(shown.total).toBe(4); // Ann 44.00, Bob 40.00, Cat and Dan 30.00
    expect(shown.items.map((c) => c.firstName)).toEqual(['Ann', 'Bob', 'Cat', 'Dan']);
    const page = parseJson<{ items: unknown[] }>(
      run('segments', 'show', 'VIPs', '--limit', '2', '--offset', '3', '--json').stdout,
    );
    expect(page.items).toHaveLength(1);
  });

  it('shows a built-in RFM segment by its name', () => {
    const result = run('segments', 'show', 'lost');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^Lost: R = 1 and F ≤ 2\. \d+ customers?\.$/);
  });

  it('refuses a segment that does not exist, with exit code 2', () => {
    const result = run('segments', 'show', 'nobody', '--json');
    expect(result.status).toBe(2);
    expect(parseJson<{ error: { message: string } }>(result.stderr).error.message).toMatch(
      /^No segment called 'nobody'/,
    );
  });
});

describe('regulars rfm', () => {
  it('scores every customer as of a day, summed up by segment', () => {
    const summary = parseJson<RfmSummary>(run('rfm', '--as-of', '2026-01-15', '--json').stdout);
    expect(summary.asOf).toBe('2026-01-15');
    // Ann, Bob, Cat, Dan, Eve, Fay, Gus (Ivy is in the trash, Hal and Jay never visited).
    expect(summary.customers).toBe(7);
    expect(summary.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(7);
    const text = run('rfm', '--as-of', '2026-01-15').stdout;
    expect(text).toMatch(/^RFM as of 2026-01-15: 7 customers scored 1-5 by quintile/);
    expect(text).toMatch(/\nChampions\s+\d+\s+[\d.]+%\s+R ≥ 4, F ≥ 4 and M ≥ 4\n/);
  });

  it('refuses a day that is not one', () => {
    const result = run('rfm', '--as-of', '2026-13-01');
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: "regulars: --as-of: '2026-13-01' is not a real date between 1970 and 2199\n",
    });
  });
});
