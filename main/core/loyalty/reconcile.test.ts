import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer } from '../services/customers.ts';
import {
  deleteInteraction,
  logInteraction,
  restoreInteraction,
  updateInteraction,
} from '../services/interactions.ts';
import { ledgerBalance } from '../repos/loyalty-repo.ts';
import { setLoyaltyProgram, recomputeLoyalty } from './program-service.ts';
import { reconcileLoyalty } from './reconcile.ts';
import { getLoyaltyLedger, getLoyaltyStatus } from './status-service.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

let core: TempCore;
let clock: number;
let ann: string;
beforeEach(() => {
  clock = localNoon(2026, 2, 2);
  core = makeTempCore({ now: () => clock });
  setLoyaltyProgram(core.ctx, { program: CAFE_PROGRAM });
  ann = createCustomer(core.ctx, { firstName: 'Ann', lastName: 'Lee' }).id;
  clock += DAY;
});
afterEach(() => core.dispose());

const status = () => getLoyaltyStatus(core.ctx, ann);
const kinds = () =>
  getLoyaltyLedger(core.ctx, ann, 100)
    .rows.map((row) => [row.kind, row.points])
    .reverse();
const ledgerCount = () =>
  core.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM loyalty_ledger').get()?.n ?? -1;

describe('the points ledger follows the purchases', () => {
  it('earns 1 point per 1.00, rounded down per purchase, and reaches Silver with "to Gold" progress', () => {
    logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 1299 });
    logInteraction(core.ctx, { customerId: ann, kind: 'visit', amountMinor: 9050 });
    expect(kinds()).toEqual([
      ['earn', 12],
      ['earn', 90],
    ]);
    expect(status()).toMatchObject({
      balance: 102,
      tier: { name: 'Silver' },
      nextTier: { name: 'Gold', missing: 398 },
      rewards: [
        { id: 'r1', name: 'Free coffee', cost: 30, affordable: true },
        { id: 'r2', name: 'Cake', cost: 80, affordable: true },
      ],
    });
    expect(status().explanation).toContain('398 points to Gold.');
  });

  it('an edit or a delete reverses points with new rows and never changes old ones', () => {
    const purchase = logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 5000 });
    const before = core.ctx.db.prepare('SELECT * FROM loyalty_ledger ORDER BY id').all();
    updateInteraction(core.ctx, purchase.id, { kind: 'purchase', amountMinor: 2000 });
    deleteInteraction(core.ctx, purchase.id);
    restoreInteraction(core.ctx, purchase.id);
    expect(kinds()).toEqual([
      ['earn', 50],
      ['reversal', -30],
      ['reversal', -20],
      ['earn', 20],
    ]);
    expect(core.ctx.db.prepare('SELECT * FROM loyalty_ledger ORDER BY id LIMIT 1').all()).toEqual(before);
    expect(status().balance).toBe(20);
  });

  it('moves points to the new date when a purchase is re-dated, so every "as of" stays right', () => {
    const purchase = logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 4000 });
    const earlier = clock - DAY / 2;
    updateInteraction(core.ctx, purchase.id, { kind: 'purchase', amountMinor: 4000, occurredAt: earlier });
    expect(getLoyaltyStatus(core.ctx, ann, earlier + 1000).balance).toBe(40);
    expect(getLoyaltyStatus(core.ctx, ann, earlier - 1000).balance).toBe(0);
    expect(ledgerBalance(core.ctx.db, ann, earlier - 1000)).toBe(0);
    expect(ledgerBalance(core.ctx.db, ann, earlier + 1000)).toBe(40);
    // Before the program existed nothing earns: moved there, the purchase gives its points back.
    updateInteraction(core.ctx, purchase.id, {
      kind: 'purchase',
      amountMinor: 4000,
      occurredAt: clock - 5 * DAY,
    });
    expect(status().balance).toBe(0);
  });

  it('refuses to change or delete ledger rows and program versions', () => {
    logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 1000 });
    expect(() => core.ctx.db.exec('UPDATE loyalty_ledger SET points = 999')).toThrow(/append-only/);
    expect(() => core.ctx.db.exec('DELETE FROM loyalty_ledger')).toThrow(/append-only/);
    expect(() => core.ctx.db.exec("UPDATE loyalty_programs SET definition = '{}'")).toThrow(/history/);
    expect(() => core.ctx.db.exec('DELETE FROM loyalty_programs')).toThrow(/history/);
  });

  it('earns once for a purchase imported or logged again with the same external id', () => {
    const insert = core.ctx.db.prepare(
      `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, external_id, created_at, updated_at)
       VALUES (?, ?, ?, 'purchase', 2500, 'till-42', ?, ?)`,
    );
    insert.run('imported-1', ann, clock, clock, clock);
    reconcileLoyalty(core.ctx, [ann]);
    expect(() => insert.run('imported-2', ann, clock, clock, clock)).toThrow(/UNIQUE/);
    reconcileLoyalty(core.ctx, [ann]);
    reconcileLoyalty(core.ctx, [ann]);
    expect(kinds()).toEqual([['earn', 25]]);
  });

  it('leaves history that earns no points out of the ledger', () => {
    core.ctx.db
      .prepare(
        `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, earns_points, created_at, updated_at)
         VALUES ('old', ?, ?, 'purchase', 90000, 0, 1, 1)`,
      )
      .run(ann, clock);
    expect(reconcileLoyalty(core.ctx, [ann]).appended).toBe(0);
    expect(status()).toMatchObject({ balance: 0, tier: { name: 'Regular' } });
  });

  it('a full recompute finds the incremental ledger already complete', () => {
    const purchase = logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: 15000 });
    updateInteraction(core.ctx, purchase.id, { kind: 'purchase', amountMinor: 12000 });
    logInteraction(core.ctx, { customerId: ann, kind: 'purchase', amountMinor: -3000 });
    const rows = ledgerCount();
    expect(recomputeLoyalty(core.ctx)).toMatchObject({ customers: 1, changedCustomers: 0, appended: 0 });
    expect(ledgerCount()).toBe(rows);
    expect(status().balance).toBe(90);
  });
});
