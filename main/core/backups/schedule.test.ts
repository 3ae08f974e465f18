import { afterEach, beforeEach, expect, it } from 'vitest';
import { listBackups } from '../services/backups.ts';
import { createCustomer } from '../services/customers.ts';
import { jobsDone } from '../test-support/backup-helpers.ts';
import { makeTempCore, type TempCore } from '../test-support/temp-core.ts';
import { DAY_MS, startBackupSchedule } from './schedule.ts';

let core: TempCore;
let clock: number;
let stop: () => void = () => undefined;
beforeEach(() => {
  clock = Date.UTC(2026, 10, 22, 9, 0);
  core = makeTempCore({ now: () => clock });
  createCustomer(core.ctx, { firstName: 'Ann' });
});
afterEach(() => {
  stop();
  core.dispose();
});

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 60)); // a few of the schedule's checks
  await jobsDone(core.ctx);
};

it('backs up at start, then whenever the newest backup is a day old, and stops when told', async () => {
  stop = startBackupSchedule(core, { checkEveryMs: 5 });
  await settle();
  expect(listBackups(core.ctx).map((b) => [b.kind, b.takenAt])).toEqual([['automatic', clock]]);

  clock += DAY_MS - 60_000;
  await settle();
  expect(listBackups(core.ctx)).toHaveLength(1); // not a day yet

  clock += 60_000;
  await settle();
  expect(listBackups(core.ctx).map((b) => b.takenAt)).toEqual([clock, clock - DAY_MS]);

  stop();
  clock += 3 * DAY_MS;
  await settle();
  expect(listBackups(core.ctx)).toHaveLength(2);
});
