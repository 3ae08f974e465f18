import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../shared/domain/customer.ts';
import { interactionInputSchema } from '../../../shared/domain/interaction.ts';
import { HISTORY_MS, generateShop, type Shop } from './generate-shop.ts';

const NOW = Date.UTC(2026, 0, 15);
const shop = generateShop({ customers: 5000, interactions: 50_000, seed: 42, now: NOW });
const share = (test: (input: Shop['customers'][number]['input']) => boolean) =>
  shop.customers.filter((customer) => test(customer.input)).length / shop.customers.length;

describe('generateShop', () => {
  it('gives the same shop for the same seed, and another for another seed', () => {
    const again = generateShop({ customers: 5000, interactions: 50_000, seed: 42, now: NOW });
    expect(again.customers).toEqual(shop.customers);
    expect([...again.interactions]).toEqual([...shop.interactions]);
    const other = generateShop({ customers: 5000, interactions: 50_000, seed: 43, now: NOW });
    expect(other.customers).not.toEqual(shop.customers);
  });

  it('yields exactly the interactions asked for, each on or after its customer joined', () => {
    const interactions = [...shop.interactions];
    expect(interactions).toHaveLength(50_000);
    for (const { customerIndex, input } of interactions) {
      const customer = shop.customers[customerIndex];
      expect(customer).toBeDefined();
      expect(input.occurredAt).toBeGreaterThanOrEqual(customer?.createdAt ?? Infinity);
      expect(input.occurredAt).toBeGreaterThanOrEqual(NOW - HISTORY_MS);
      expect(input.occurredAt).toBeLessThanOrEqual(NOW);
    }
  });

  it('fills fields about as often as documented', () => {
    expect(Math.abs(share((c) => c.email !== '') - 0.7)).toBeLessThan(0.05);
    expect(Math.abs(share((c) => c.birthday !== '') - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(share((c) => c.phone !== '') - 0.9)).toBeLessThan(0.05);
    expect(share((c) => c.tags.length > 0)).toBeGreaterThan(0.15);
  });

  it('has accented names and phones typed in several shapes', () => {
    const names = new Set(shop.customers.map((c) => `${c.input.firstName} ${c.input.lastName}`));
    expect([...names].some((name) => /[áéíóúñüöäçø]/i.test(name))).toBe(true);
    const shapes = new Set(shop.customers.map((c) => c.input.phone.replace(/\d/g, '9')));
    expect(shapes.size).toBeGreaterThanOrEqual(6);
  });

  it('skews visits: the top tenth of customers hold over 35%, and some came only once', () => {
    const counts = [...shop.visitCounts].sort((a, b) => b - a);
    const top = counts.slice(0, counts.length / 10).reduce((sum, n) => sum + n, 0);
    expect(top / shop.interactionCount).toBeGreaterThan(0.35);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(counts.length * 0.05);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(shop.interactionCount);
  });

  it('makes inputs the services accept as they are', () => {
    for (const customer of shop.customers.slice(0, 500)) {
      expect(customerInputSchema.safeParse(customer.input).success).toBe(true);
    }
    let checked = 0;
    for (const { input } of shop.interactions) {
      expect(interactionInputSchema.safeParse({ ...input, customerId: 'c1' }).success).toBe(true);
      if (++checked === 2000) break;
    }
  });

  it('is mostly visits and purchases, with amounts on purchases and a few survey answers', () => {
    const interactions = [...shop.interactions].map((i) => i.input);
    const visitsOrPurchases = interactions.filter((i) => i.kind === 'visit' || i.kind === 'purchase');
    expect(visitsOrPurchases.length / interactions.length).toBeGreaterThan(0.8);
    expect(interactions.filter((i) => i.kind === 'purchase').every((i) => i.amountMinor !== null)).toBe(true);
    expect(interactions.some((i) => i.kind === 'complaint')).toBe(true);
    const surveyed = interactions.filter((i) => i.csat !== null).length / interactions.length;
    expect(surveyed).toBeGreaterThan(0.05);
    expect(surveyed).toBeLessThan(0.2);
  });
});
