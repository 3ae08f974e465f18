import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../core.ts';
import { makeTempDir } from '../test-support/temp-core.ts';
import { createCustomer } from './customers.ts';
import { deleteCustomers, listTrashedCustomers } from './trash.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0);
const temp = makeTempDir();
const path = join(temp.dir, 'shop.db');
let open: Core | undefined;
afterEach(() => {
  open?.close();
  temp.dispose();
});

/** Opens the shop as if it were `at`, like the app starting on that day. */
function openAt(at: number): Core {
  open?.close();
  open = createCore(path, { now: () => at, log: () => {} });
  return open;
}

const trashed = (core: Core) =>
  listTrashedCustomers(core.ctx, { limit: 50, offset: 0 }).items.map((c) => c.firstName);

it('erases customers 30 days after they were trashed, when the shop opens', () => {
  let core = openAt(T0);
  const ann = createCustomer(core.ctx, { firstName: 'Ann' }).id;
  const bob = createCustomer(core.ctx, { firstName: 'Bob' }).id;
  createCustomer(core.ctx, { firstName: 'Cat' });
  deleteCustomers(core.ctx, { ids: [ann] });
  core = openAt(T0 + 10 * DAY);
  deleteCustomers(core.ctx, { ids: [bob] });

  core = openAt(T0 + 30 * DAY - 1);
  expect(trashed(core)).toEqual(['Bob', 'Ann']);
  core = openAt(T0 + 30 * DAY);
  expect(trashed(core)).toEqual(['Bob']);
  core = openAt(T0 + 40 * DAY);
  expect(trashed(core)).toEqual([]);
  expect(core.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM customers').get()?.n).toBe(1);
});
