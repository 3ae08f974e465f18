import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createDemoShop, DEMO_SIZE, removeDemoShop } from './demo-shop.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore({ now: () => Date.UTC(2026, 10, 22, 12) });
});
afterEach(() => core.dispose());

const count = (sql: string) => (core.ctx.db.prepare(sql).get() as { n: number }).n;

it('fills an empty shop with a marked café, points included, and removes exactly it', () => {
  expect(createDemoShop(core.ctx)).toEqual({ active: true, customers: DEMO_SIZE.customers });
  expect(count('SELECT count(*) AS n FROM customers')).toBe(DEMO_SIZE.customers);
  expect(count('SELECT count(*) AS n FROM interactions')).toBe(DEMO_SIZE.interactions);
  // Every screen has something true to show: regulars, lapsed customers, complaints, points.
  expect(count('SELECT count(*) AS n FROM customers WHERE visit_count >= 10')).toBeGreaterThan(5);
  expect(count("SELECT count(*) AS n FROM interactions WHERE kind = 'complaint'")).toBeGreaterThan(10);
  expect(count('SELECT count(*) AS n FROM loyalty_ledger')).toBeGreaterThan(100);
  expect(count("SELECT count(*) AS n FROM customers WHERE birthday <> ''")).toBeGreaterThan(50);

  // A real customer added meanwhile stays when the demo goes.
  const real = core.call('customers:create', { firstName: 'Real', lastName: 'Person' });
  expect(real.ok).toBe(true);
  expect(removeDemoShop(core.ctx)).toEqual({ active: false, customers: 0, removed: DEMO_SIZE.customers });
  expect(count('SELECT count(*) AS n FROM customers')).toBe(1);
  expect(count('SELECT count(*) AS n FROM interactions')).toBe(0);
  expect(core.call('audit:list', { category: 'demo' })).toMatchObject({
    ok: true,
    data: { items: [{ action: 'demo.remove' }, { action: 'demo.create' }] },
  });
});

it('refuses to mix made-up customers with real ones, changing nothing', () => {
  core.call('customers:create', { firstName: 'Ann' });
  const before = tableCounts(core);
  expect(() => createDemoShop(core.ctx)).toThrow(/only fills an empty Regulars; this one has 1 customer\./);
  expect(tableCounts(core)).toEqual(before);
});
