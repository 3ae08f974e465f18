import { dayStartMs } from '../../../shared/domain/calendar-days.ts';
import type { CustomerInput } from '../../../shared/domain/customer.ts';
import type { InteractionInput } from '../../../shared/domain/interaction.ts';
import { deleteCustomers } from '../services/trash.ts';
import { createCustomer } from '../services/customers.ts';
import { logInteraction } from '../services/interactions.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';

/** Noon local time on a calendar day: safely inside the day in any time zone. */
export const at = (day: string, hour = 12) => dayStartMs(day) + hour * 3_600_000;

export interface TestShop {
  core: TempCore;
  ids: Record<string, string>;
  add(key: string, input?: Partial<CustomerInput>): string;
  log(key: string, day: string, fields?: Partial<InteractionInput>): void;
  trash(key: string): void;
}

/** A real core on a temp file whose clock says `today` (noon), with helpers to fill a shop. */
export function makeTestShop(today: string): TestShop {
  let clock = at(today);
  const core = makeTempCore({ now: () => (clock += 1) });
  const ids: Record<string, string> = {};
  const idOf = (key: string) => {
    const id = ids[key];
    if (id === undefined) throw new Error(`No customer ${key} in the test shop`);
    return id;
  };
  return {
    core,
    ids,
    add(key, input = {}) {
      const name = key.charAt(0).toUpperCase() + key.slice(1);
      ids[key] = createCustomer(core.ctx, { firstName: name, ...input }).id;
      return idOf(key);
    },
    log(key, day, fields = {}) {
      logInteraction(core.ctx, { customerId: idOf(key), kind: 'visit', occurredAt: at(day), ...fields });
    },
    trash(key) {
      deleteCustomers(core.ctx, { ids: [idOf(key)] });
    },
  };
}

/**
 * The shop of the figures tests, around a period that crosses a year boundary with its
 * previous period: P = 2026-01-01 … 2026-01-14, P' = 2025-12-18 … 2025-12-31; active = 90 days.
 */
export function yearEndShop(): TestShop {
  const shop = makeTestShop('2026-01-15');
  for (const key of ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jay']) shop.add(key);
  // Ann: seen long ago, back twice in P (two purchases on 5 January are one visit).
  shop.log('ann', '2025-06-01', { amountMinor: 900 });
  shop.log('ann', '2026-01-05', { amountMinor: 1000, nps: 10, csat: 5 });
  shop.log('ann', '2026-01-05', { kind: 'purchase', amountMinor: 500 });
  shop.log('ann', '2026-01-10', { amountMinor: 2000 });
  // Bob: one visit ever, in P, unhappy.
  shop.log('bob', '2026-01-03', { amountMinor: 4000, nps: 6, csat: 2, ces: 2 });
  // Cat: new in P, came back within it.
  shop.log('cat', '2026-01-02', { amountMinor: 1500, nps: 8 });
  shop.log('cat', '2026-01-12', { amountMinor: 1500, ces: 6 });
  // Dan: one visit in P', none since.
  shop.log('dan', '2025-12-20', { amountMinor: 3000 });
  // Eve: active when P began and still active when it ended.
  shop.log('eve', '2025-09-01');
  shop.log('eve', '2025-11-01');
  // Fay: active when P began (10 October is within 90 days of 31 December), not at its end.
  shop.log('fay', '2025-08-01');
  shop.log('fay', '2025-10-10');
  // Gus: one visit, long ago.
  shop.log('gus', '2024-05-01');
  // Hal: only a note, never a visit.
  shop.log('hal', '2026-01-04', { kind: 'note', note: 'asked about prices' });
  // Ivy: visits in P and an answer, but in the trash: counted nowhere.
  shop.log('ivy', '2026-01-06', { amountMinor: 7000, nps: 0 });
  shop.trash('ivy');
  // Jay: a call with a CSAT answer is an answer, not a visit.
  shop.log('jay', '2026-01-08', { kind: 'call', csat: 4 });
  return shop;
}
