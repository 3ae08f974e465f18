import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../../shared/domain/calendar-days.ts';
import { FIGURES, type Figure } from '../../../shared/domain/insights.ts';
import { deleteInteraction, logInteraction, updateInteraction } from '../services/interactions.ts';
import { mergeCustomers } from '../services/merge.ts';
import { listSetCustomers } from './customer-sets.ts';
import { getInsightsFigures } from './figures.ts';
import { updateInsightsSettings } from './insights-settings.ts';
import { dayNumber } from './local-day-sql.ts';
import { at, makeTestShop, type TestShop } from './test-shop.ts';

// The figures against a brute-force reference computed in JavaScript from the same visits, on a
// random shop (fixed seed): every count, and the very customers behind each, for many periods.

const SEED = 424242;
let shop: TestShop;
let random: (n: number) => number;
const START = '2024-11-01';

beforeAll(() => {
  let seed = SEED;
  random = (n) => (seed = (seed * 48271) % 2147483647) % n;
  shop = makeTestShop('2026-01-20');
  const keys = Array.from({ length: 40 }, (_, i) => `c${i}`);
  for (const key of keys) shop.add(key);
  const logged: string[] = [];
  for (const key of keys) {
    const visits = random(9);
    for (let v = 0; v < visits; v++) {
      const day = addDays(START, random(440));
      const kind = (['visit', 'visit', 'purchase', 'note'] as const)[random(4)];
      const id = shop.core.call('interactions:log', {
        customerId: shop.ids[key] ?? '',
        kind,
        occurredAt: at(day, 8 + random(12)),
        amountMinor: kind === 'note' ? null : random(5000),
      });
      if (id.ok) logged.push((id.data as { id: string }).id);
      // Now and then a second entry the same day: still one visit.
      if (random(5) === 0)
        logInteraction(shop.core.ctx, {
          customerId: shop.ids[key] ?? '',
          kind: 'purchase',
          occurredAt: at(day, 21),
          amountMinor: 100,
        });
    }
  }
  // Edits, deletes, a merge and the trash: the visit days must follow every one of them.
  for (let i = 0; i < 15; i++) {
    const id = logged[random(logged.length)] ?? '';
    updateInteraction(shop.core.ctx, id, {
      kind: 'visit',
      occurredAt: at(addDays(START, random(440))),
      amountMinor: 700,
    });
  }
  for (let i = 0; i < 8; i++) {
    try {
      deleteInteraction(shop.core.ctx, logged[random(logged.length)] ?? '');
    } catch {
      // Already deleted: fine.
    }
  }
  mergeCustomers(shop.core.ctx, { keepId: shop.ids.c1 ?? '', otherId: shop.ids.c2 ?? '', choices: {} });
  shop.trash('c3');
  shop.trash('c4');
});
afterAll(() => shop.core.dispose());

/** Each live customer's visit days (local day numbers), read from the interactions as stored. */
function visitDays(): Map<string, number[]> {
  const rows = shop.core.ctx.db
    .prepare<[], { customer_id: string; occurred_at: number }>(
      `SELECT i.customer_id, i.occurred_at FROM interactions i JOIN customers c ON c.id = i.customer_id
       WHERE c.deleted_at IS NULL AND i.deleted_at IS NULL AND i.kind IN ('visit', 'purchase')`,
    )
    .all();
  const days = new Map<string, Set<number>>();
  for (const row of rows) {
    const set = days.get(row.customer_id) ?? new Set<number>();
    set.add(dayNumber(dayOf(row.occurred_at)));
    days.set(row.customer_id, set);
  }
  return new Map([...days].map(([id, set]) => [id, [...set].sort((x, y) => x - y)]));
}

function reference(a: number, b: number, n: number): Record<Exclude<Figure, `${string}Answers`>, string[]> {
  const sets = {
    active: [],
    new: [],
    returning: [],
    visitors: [],
    repeat: [],
    oneOff: [],
    lapsed: [],
    churned: [],
  } as Record<string, string[]>;
  const any = (days: number[], from: number, to: number) => days.some((d) => d >= from && d <= to);
  for (const [id, days] of visitDays()) {
    const first = days[0] ?? Infinity;
    const upToEnd = days.filter((d) => d <= b);
    if (upToEnd.length === 0) continue;
    const visited = any(days, a, b);
    const isNew = first >= a && first <= b;
    const oneOff = isNew && upToEnd.length === 1;
    const active = any(days, b - n + 1, b);
    const activeAtStart = any(days, a - n, a - 1);
    const push = (name: string, yes: boolean) => yes && sets[name]?.push(id);
    push('visitors', visited);
    push('new', isNew);
    push('returning', visited && first < a);
    push('oneOff', oneOff);
    push('repeat', visited && !oneOff);
    push('active', active);
    push('lapsed', !active);
    push('churned', activeAtStart && !active);
  }
  return sets;
}

const PERIODS: [string, string][] = [
  ['2026-01-01', '2026-01-20'],
  ['2025-12-18', '2025-12-31'],
  ['2025-06-01', '2025-06-30'],
  ['2025-01-01', '2025-12-31'],
  ['2024-11-01', '2026-01-20'],
  ['2025-03-15', '2025-03-15'],
];

describe.each([90, 30, 7])('with an active window of %i days', (n) => {
  beforeAll(() => {
    updateInsightsSettings(shop.core.ctx, { activeDays: n });
  });

  it.each(PERIODS)('%s … %s: every count and every list match the reference', (from, to) => {
    const a = dayNumber(from);
    const b = dayNumber(to);
    const expected = reference(a, b, n);
    const { current } = getInsightsFigures(shop.core.ctx, { period: { from, to } });
    const ids = (figure: Figure) =>
      listSetCustomers(shop.core.ctx, {
        set: { kind: 'figure', figure, period: { from, to } },
        limit: 500,
        offset: 0,
      })
        .items.map((c) => c.id)
        .sort();
    for (const figure of FIGURES.filter((f) => !f.endsWith('Answers'))) {
      expect(ids(figure), figure).toEqual([...(expected[figure as keyof typeof expected] ?? [])].sort());
    }
    expect(current).toMatchObject({
      activeCustomers: expected.active.length,
      newCustomers: expected.new.length,
      returningCustomers: expected.returning.length,
      visitors: expected.visitors.length,
      repeatCustomers: expected.repeat.length,
      oneOffCustomers: expected.oneOff.length,
      lapsedCustomers: expected.lapsed.length,
      churnedCustomers: expected.churned.length,
    });
    const visits = [...visitDays().values()].flat().filter((d) => d >= a && d <= b).length;
    expect(current.visits).toBe(visits);
    // Make sure the random shop is not trivially empty for the busy periods.
    if (b - a > 300) expect(current.visitors).toBeGreaterThan(10);
  });
});
