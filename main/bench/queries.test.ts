import { describe, expect, it } from 'vitest';
import { generateShop } from '../core/demo/generate-shop.ts';
import { buildQueries, rawPlan } from './queries.ts';

const shop = generateShop({ customers: 2000, interactions: 2000, seed: 3, now: Date.UTC(2026, 0, 1) });

describe('buildQueries', () => {
  it('draws the asked number of queries of every kind from the same seed alike', () => {
    const queries = buildQueries(shop.customers, 500, 1);
    expect(queries).toHaveLength(500);
    expect(new Set(queries.map((q) => q.kind)).size).toBe(6);
    expect(buildQueries(shop.customers, 500, 1)).toEqual(queries);
  });

  it('keeps 1–2 character prefixes out of the trigram index', () => {
    const prefixes = buildQueries(shop.customers, 500, 1).filter((q) => q.kind === 'prefix 1-2');
    expect(prefixes.every((q) => q.raw.match === null && q.raw.nameLikes.length === 1)).toBe(true);
  });
});

describe('rawPlan', () => {
  it('folds accents, quotes trigram terms and sends short terms to a name-word prefix', () => {
    expect(rawPlan('José Ñu')).toEqual({ match: '"jose"', nameLikes: ['% nu%'] });
    expect(rawPlan('+39 333 123 4567')).toEqual({ match: '"393331234567"', nameLikes: [] });
  });
});
