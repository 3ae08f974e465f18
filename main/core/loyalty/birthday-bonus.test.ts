import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, updateCustomer } from '../services/customers.ts';
import { setLoyaltyProgram } from './program-service.ts';
import { getLoyaltyLedger } from './status-service.ts';
import { sweepLoyalty } from './sweep.ts';
import { CAFE_PROGRAM, DAY, localNoon } from './test-program.ts';

// Anti-gaming: a birthday set or changed within the 30 days before it earns no bonus.

let core: TempCore;
let clock: number;
const BIRTHDAY = localNoon(2026, 5, 15);
beforeEach(() => {
  clock = localNoon(2026, 3, 1);
  core = makeTempCore({ now: () => clock });
  setLoyaltyProgram(core.ctx, { program: { ...CAFE_PROGRAM, birthdayBonus: 25 } });
});
afterEach(() => core.dispose());

const bonuses = (id: string) =>
  getLoyaltyLedger(core.ctx, id, 100)
    .rows.filter((row) => row.kind === 'bonus')
    .map((row) => [row.points, row.reason]);

it('pays the bonus once on a birthday known for more than 30 days', () => {
  const ann = createCustomer(core.ctx, { firstName: 'Ann', birthday: '1990-06-15' }).id;
  clock = BIRTHDAY;
  sweepLoyalty(core.ctx);
  sweepLoyalty(core.ctx);
  clock += DAY;
  sweepLoyalty(core.ctx);
  expect(bonuses(ann)).toEqual([[25, 'Birthday bonus 2026']]);
});

it('pays nothing for a birthday set 10 days before it', () => {
  clock = BIRTHDAY - 10 * DAY;
  const bo = createCustomer(core.ctx, { firstName: 'Bo', birthday: '--06-15' }).id;
  clock = BIRTHDAY;
  sweepLoyalty(core.ctx);
  expect(bonuses(bo)).toEqual([]);
});

it('pays nothing when the birthday was changed to a date within the next 30 days', () => {
  const cy = createCustomer(core.ctx, { firstName: 'Cy', birthday: '1990-12-01' }).id;
  clock = BIRTHDAY - 5 * DAY;
  updateCustomer(core.ctx, cy, { firstName: 'Cy', birthday: '1990-06-15' });
  clock = BIRTHDAY + DAY;
  sweepLoyalty(core.ctx);
  expect(bonuses(cy)).toEqual([]);
  // Other edits do not restart the clock: next year the bonus is paid.
  updateCustomer(core.ctx, cy, { firstName: 'Cyril', birthday: '1990-06-15' });
  clock = localNoon(2027, 5, 15);
  sweepLoyalty(core.ctx);
  expect(bonuses(cy)).toEqual([[25, 'Birthday bonus 2027']]);
});
