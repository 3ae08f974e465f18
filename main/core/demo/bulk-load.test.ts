import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core.ts';
import { getCustomer, searchCustomers } from '../services/customers.ts';
import { bulkLoad } from './bulk-load.ts';
import { generateShop } from './generate-shop.ts';

let folder = '';
let core: Core | undefined;
afterEach(() => {
  core?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('bulkLoad', () => {
  it('stores every customer and interaction so that the services find them', () => {
    folder = mkdtempSync(join(tmpdir(), 'regulars-bulk-'));
    core = createCore(join(folder, 'shop.db'));
    const shop = generateShop({ customers: 300, interactions: 3000, seed: 7, now: Date.UTC(2026, 0, 1) });
    const ids = bulkLoad(core.ctx.db, shop);

    expect(ids).toHaveLength(300);
    const count = (table: string) =>
      core?.ctx.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n;
    expect(count('customers')).toBe(300);
    expect(count('interactions')).toBe(3000);

    const first = shop.customers[0];
    const stored = getCustomer(core.ctx, ids[0] ?? '');
    expect(stored).toMatchObject({ firstName: first?.input.firstName, email: first?.input.email });
    expect([...stored.tags].sort()).toEqual([...(first?.input.tags ?? [])].sort());
    const found = searchCustomers(core.ctx, `${first?.input.firstName} ${first?.input.lastName}`, 50);
    expect(found.map((c) => c.id)).toContain(ids[0]);
  });
});
