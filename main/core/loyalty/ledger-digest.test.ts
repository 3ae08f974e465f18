import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../services/customers.ts';
import { deleteInteraction, logInteraction, updateInteraction } from '../services/interactions.ts';
import { mergeCustomers } from '../services/merge.ts';
import { undoMerge } from '../services/merge-undo.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { ledgerDigest } from './ledger-digest.ts';
import { adjustPoints, redeemPoints } from './points-service.ts';
import { recomputeLoyalty, setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyStatus } from './status-service.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

// A full recompute of a shop (300 customers or more: the chunked path) reads only the decisions
// of each ledger and trusts each account's digest of the rest. These check that the digests say
// what the rows hold, and that a ledger which no longer matches its digest is still read and fixed.

let core: TempCore;
let clock: number;
let ids: string[];
beforeEach(() => {
  clock = localNoon(2026, 0, 15);
  core = makeTempCore({ now: () => clock });
  ids = seedShop(400);
  setLoyaltyProgram(core.ctx, {
    program: { ...CAFE_PROGRAM, expiryMonths: 6, earn: { ...CAFE_PROGRAM.earn, pointsPerVisit: 2 } },
    effectiveFrom: clock,
  });
  // Back-dated so the shop's history earns: straight into the table, as the service refuses it.
  core.ctx.db.exec(`INSERT INTO loyalty_programs (effective_from, definition, created_at)
    SELECT 0, definition, 0 FROM loyalty_programs`);
  clock += 1000;
  recomputeLoyalty(core.ctx);
});
afterEach(() => core.dispose());

const db = () => core.ctx.db;

/** Customers with 0 to 12 visits and purchases (refunds among them) over the last 400 days, written as an import would. */
function seedShop(count: number): string[] {
  const customer = core.ctx.db.prepare(
    `INSERT INTO customers (id, first_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const interaction = core.ctx.db.prepare(
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const seeded: string[] = [];
  core.ctx.db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = `c${String(n).padStart(4, '0')}`;
      customer.run(id, `C${n}`, `c${n}`, clock - 500 * DAY, clock - 500 * DAY);
      for (let k = 0; k < n % 13; k++) {
        const at = clock - ((n * 37 + k * 53) % 400) * DAY - k * 3_600_000;
        const amount = k % 5 === 4 ? -((n * 7) % 900) : ((n * 131 + k * 977) % 9000) + 50;
        interaction.run(`i${n}-${k}`, id, at, k % 2 === 0 ? 'purchase' : 'visit', amount, at, at);
      }
      seeded.push(id);
    }
  })();
  return seeded;
}
const pick = (n: number) => ids[n] ?? '';

/** The digest of what each customer's derived rows add up to, read from the rows themselves. */
function digestsFromRows(): Map<string, number> {
  const rows = db()
    .prepare<[], { customer_id: string; entry_key: string; at: number; points: number }>(
      `SELECT customer_id, entry_key, at, sum(points) AS points FROM loyalty_ledger
       WHERE kind IN ('earn', 'expire', 'reversal') GROUP BY customer_id, entry_key, at HAVING sum(points) <> 0`,
    )
    .all();
  const entries = new Map<string, { key: string; at: number; points: number }[]>();
  for (const row of rows) {
    const list = entries.get(row.customer_id) ?? [];
    list.push({ key: row.entry_key, at: row.at, points: row.points });
    entries.set(row.customer_id, list);
  }
  return new Map(ids.map((id) => [id, ledgerDigest(entries.get(id) ?? [])]));
}

function expectDigestsMatchRows() {
  const stored = new Map(
    db()
      .prepare<[], { customer_id: string; ledger_digest: number | null }>(
        'SELECT customer_id, ledger_digest FROM loyalty_accounts',
      )
      .all()
      .map((row) => [row.customer_id, row.ledger_digest]),
  );
  const fromRows = digestsFromRows();
  const live = db().prepare<[], string>('SELECT id FROM customers WHERE deleted_at IS NULL').pluck().all();
  for (const id of live) expect(stored.get(id), id).toBe(fromRows.get(id));
}

const ledgerCount = () => db().prepare<[], number>('SELECT count(*) FROM loyalty_ledger').pluck().get();

describe('ledger digests', () => {
  it('are written by the first fill and match every ledger; a second recompute reads no more and adds nothing', () => {
    expect(ledgerCount()).toBeGreaterThan(1000);
    expectDigestsMatchRows();
    expect(recomputeLoyalty(core.ctx)).toMatchObject({ customers: 400, changedCustomers: 0, appended: 0 });
  });

  it('stay right through purchases, edits, deletes, redemptions, adjustments, a merge and its undo', () => {
    const a = pick(1);
    const b = pick(2);
    const purchase = logInteraction(core.ctx, { customerId: a, kind: 'purchase', amountMinor: 25_000 });
    clock += 60_000;
    updateInteraction(core.ctx, purchase.id, {
      kind: 'purchase',
      amountMinor: 9000,
      occurredAt: clock - DAY,
    });
    redeemPoints(core.ctx, { customerId: a, rewardId: 'r1' });
    deleteInteraction(core.ctx, purchase.id);
    adjustPoints(core.ctx, { customerId: b, points: 40, reason: 'apology' });
    const { mergeId } = mergeCustomers(core.ctx, { keepId: a, otherId: b, choices: {} });
    expect(recomputeLoyalty(core.ctx).appended).toBe(0);
    expectDigestsMatchRows();
    undoMerge(core.ctx, mergeId);
    expect(recomputeLoyalty(core.ctx).appended).toBe(0);
    expectDigestsMatchRows();
    clock += 200 * DAY;
    expect(recomputeLoyalty(core.ctx).appended).toBeGreaterThan(0);
    expectDigestsMatchRows();
    expect(recomputeLoyalty(core.ctx).appended).toBe(0);
  });

  it('a ledger changed behind the reconcile (a foreign row, a wrong digest) is read and corrected', () => {
    const a = pick(3);
    const b = pick(4);
    const before = getLoyaltyStatus(core.ctx, a).balance;
    db()
      .prepare(
        `INSERT INTO loyalty_ledger (customer_id, kind, points, at, entry_key, recorded_at)
         VALUES (?, 'earn', 500, ?, 'earn:not-a-purchase', ?)`,
      )
      .run(a, clock - DAY, clock);
    db().prepare('UPDATE loyalty_accounts SET ledger_digest = 12345 WHERE customer_id = ?').run(b);
    const rows = ledgerCount() ?? 0;
    expect(recomputeLoyalty(core.ctx).appended).toBe(1);
    expect(ledgerCount()).toBe(rows + 1);
    const fix = db()
      .prepare(
        'SELECT kind, points, entry_key FROM loyalty_ledger WHERE customer_id = ? ORDER BY id DESC LIMIT 1',
      )
      .get(a);
    expect(fix).toEqual({ kind: 'reversal', points: -500, entry_key: 'earn:not-a-purchase' });
    expect(getLoyaltyStatus(core.ctx, a).balance).toBe(before);
    expectDigestsMatchRows();
  });

  it('interactions written behind the services are caught by the recompute, as the incremental path would', () => {
    const a = pick(5);
    const b = pick(6);
    const fresh = createCustomer(core.ctx, { firstName: 'New' }).id;
    ids.push(fresh);
    const insert = db().prepare(
      `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, created_at, updated_at)
       VALUES (?, ?, ?, 'purchase', ?, ?, ?)`,
    );
    insert.run('imported-a', a, clock - 2 * DAY, 4200, clock, clock);
    insert.run('imported-new', fresh, clock - DAY, 1500, clock, clock);
    const old = db()
      .prepare<[string], string>(
        "SELECT id FROM interactions WHERE customer_id = ? AND kind IN ('visit', 'purchase') AND amount_minor > 100 LIMIT 1",
      )
      .pluck()
      .get(b);
    db().prepare('UPDATE interactions SET deleted_at = ? WHERE id = ?').run(clock, old);
    const outcome = recomputeLoyalty(core.ctx);
    expect(outcome.changedCustomers).toBe(3);
    expectDigestsMatchRows();
    for (const id of [a, b, fresh]) {
      const sum = db()
        .prepare<[string, number], number>(
          'SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ? AND at <= ?',
        )
        .pluck()
        .get(id, clock);
      expect(getLoyaltyStatus(core.ctx, id).balance, id).toBe(sum);
    }
    expect(getLoyaltyStatus(core.ctx, fresh).balance).toBe(15 + 2);
    expect(recomputeLoyalty(core.ctx).appended).toBe(0);
  });
});
