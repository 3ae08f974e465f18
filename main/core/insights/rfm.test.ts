import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar-days.ts';
import { quintileScore, RFM_SEGMENTS, rfmSegmentOf } from '../../../shared/domain/rfm.ts';
import { listSetCustomers } from './customer-sets.ts';
import { getRfmSummary, RFM_SEGMENT_SQL } from './rfm.ts';
import { makeTestShop, type TestShop } from './test-shop.ts';

let shop: TestShop;
afterEach(() => shop.core.dispose());

/** [visits, last visit day, total spend in cents] of ten customers, c0 … c9. */
const CUSTOMERS: [number, string, number][] = [
  [1, '2026-01-14', 1000],
  [1, '2026-01-14', 1000], // c1 ties with c0 on all three
  [1, '2025-12-01', 500],
  [1, '2025-06-01', 200],
  [2, '2026-01-10', 3000],
  [2, '2025-11-01', 3000],
  [3, '2026-01-12', 8000],
  [4, '2025-10-01', 9000],
  [5, '2026-01-13', 20000],
  [6, '2025-05-01', 15000],
];

beforeEach(() => {
  shop = makeTestShop('2026-01-15');
  CUSTOMERS.forEach(([visits, last, spend], index) => {
    shop.add(`c${index}`);
    // Visits a week apart ending on `last`; the spend is on the last one.
    for (let v = visits - 1; v >= 0; v--) {
      shop.log(`c${index}`, addDays(last, -7 * v), { amountMinor: v === 0 ? spend : 0 });
    }
  });
  // Not scored: never visited, and in the trash.
  shop.add('nobody');
  shop.add('gone');
  shop.log('gone', '2026-01-14', { amountMinor: 99_999 });
  shop.trash('gone');
});

const members = (segment: (typeof RFM_SEGMENTS)[number], asOf?: string) =>
  listSetCustomers(shop.core.ctx, {
    set: { kind: 'rfm', segment, ...(asOf ? { asOf } : {}) },
    limit: 100,
    offset: 0,
  })
    .items.map((c) => c.firstName)
    .sort();

describe('RFM scores by quintile, ties sharing the score where they start', () => {
  it('scores ten customers: 1 + floor(5 × worse / 10) on each measure', () => {
    // R: c9 c3 | c7 c5 | c2 c4 | c6 c8 | c0 c1 (c0 and c1 tie on the 14th: both 5).
    // F: one visit c0–c3 all 1; two visits start at rank 5 → 3 (score 2 is skipped); 3 and 4 → 4; 5 and 6 → 5.
    // M: c3 c2 → 1; c0 c1 → 2; c4 c5 → 3; c6 c7 → 4; c9 c8 → 5.
    expect(members('new')).toEqual(['C0', 'C1', 'C2']); // R ≥ 3, F = 1
    expect(members('lost')).toEqual(['C3']); // R 1, F 1
    expect(members('potentialLoyalists')).toEqual(['C4']); // R 3, F 3
    expect(members('atRisk')).toEqual(['C5']); // R 2, F 3, M 3
    expect(members('champions')).toEqual(['C6', 'C8']); // R 4, F ≥ 4, M ≥ 4
    expect(members('cantLose')).toEqual(['C7', 'C9']); // R ≤ 2, F ≥ 4, M ≥ 4
    expect(members('loyal')).toEqual([]);
    expect(members('hibernating')).toEqual([]);
  });

  it('sums up segments with their rules, and what each score stands for', () => {
    const summary = getRfmSummary(shop.core.ctx, {});
    expect(summary.asOf).toBe('2026-01-15');
    expect(summary.customers).toBe(10);
    expect(summary.segments.map((s) => [s.segment, s.customers, s.share])).toEqual([
      ['champions', 2, 0.2],
      ['loyal', 0, 0],
      ['potentialLoyalists', 1, 0.1],
      ['new', 3, 0.3],
      ['atRisk', 1, 0.1],
      ['cantLose', 2, 0.2],
      ['hibernating', 0, 0],
      ['lost', 1, 0.1],
    ]);
    expect(summary.segments[0]).toMatchObject({ label: 'Champions', rule: 'R ≥ 4, F ≥ 4 and M ≥ 4' });
    // Frequency: no customer got a 2, the one-visit tie took the whole first two fifths.
    expect(summary.bands.frequency).toEqual([
      { score: 1, customers: 4, min: 1, max: 1 },
      { score: 3, customers: 2, min: 2, max: 2 },
      { score: 4, customers: 2, min: 3, max: 4 },
      { score: 5, customers: 2, min: 5, max: 6 },
    ]);
    // Recency in days since the last visit as of the 15th.
    expect(summary.bands.recency.at(-1)).toEqual({ score: 5, customers: 2, min: 1, max: 1 });
    expect(summary.bands.monetary[0]).toEqual({ score: 1, customers: 2, min: 200, max: 500 });
  });

  it('scores as of an earlier day from the history up to it', () => {
    // On 31 December the January visits have not happened: c0, c1 and c4 had not come yet, c6 had
    // one visit (29 December, the most recent but one: R 4) and c8 three. Seven are scored.
    const summary = getRfmSummary(shop.core.ctx, { asOf: '2025-12-31' });
    expect(summary.customers).toBe(7);
    expect(members('new', '2025-12-31')).toEqual(['C2', 'C6']);
    expect(members('champions', '2025-12-31')).toEqual([]);
  });

  it('has nothing to score in an empty shop', () => {
    const empty = makeTestShop('2026-01-15');
    try {
      const summary = getRfmSummary(empty.core.ctx, {});
      expect(summary.customers).toBe(0);
      expect(summary.segments.every((s) => s.customers === 0 && s.share === null)).toBe(true);
      expect(summary.bands.recency).toEqual([]);
    } finally {
      empty.core.dispose();
    }
  });
});

describe('the tie rule and the segment rules', () => {
  it('quintileScore: equal values share the score where they start', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((worse) => quintileScore(worse, 10))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(quintileScore(0, 1)).toBe(1);
    expect(quintileScore(2, 3)).toBe(4);
  });

  it('the SQL and the shared rule put every one of the 125 score triples in the same segment', () => {
    const triples: [number, number, number][] = [];
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) triples.push([r, f, m]);
    const sql = shop.core.ctx.db.prepare<{ r: number; f: number; m: number }, { segment: string }>(
      `SELECT ${RFM_SEGMENT_SQL} AS segment FROM (SELECT CAST(@r AS INTEGER) AS r, CAST(@f AS INTEGER) AS f, CAST(@m AS INTEGER) AS m)`,
    );
    for (const [r, f, m] of triples) {
      expect(sql.get({ r, f, m })?.segment, `R${r} F${f} M${m}`).toBe(rfmSegmentOf(r, f, m));
    }
    // Every segment is reachable.
    expect(new Set(triples.map(([r, f, m]) => rfmSegmentOf(r, f, m)))).toEqual(new Set(RFM_SEGMENTS));
  });
});
