import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import { rankRows } from '../reminders/ranking.ts';
import { readReminderSettings } from '../repos/reminder-settings-repo.ts';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';
import { collectReasons } from './reminder-collect.ts';
import { storedScope } from './reminder-scope.ts';
import { attachTodayCache, prepareToday } from './today-cache.ts';

// The in-memory Today of long-running hosts: after every kind of change it must list exactly
// what working everything out afresh lists.

let shop: ReminderShop;
let detach: () => void;
const ids = { ann: '', bo: '', cy: '', di: '' };

beforeEach(() => {
  shop = makeReminderShop([2026, 5, 20]);
  ids.ann = shop.customer({ firstName: 'Ann', birthday: '--05-22' });
  ids.bo = shop.customer({ firstName: 'Bo', tags: ['vip'] });
  ids.cy = shop.customer({ firstName: 'Cy' });
  ids.di = shop.customer({ firstName: 'Di' });
  shop.visits(ids.ann, '2026-04-01', '2026-04-15', '2026-04-29');
  shop.visits(ids.bo, '2026-04-10', '2026-04-20', '2026-04-30');
  shop.visits(ids.cy, '2026-05-01', '2026-05-08', '2026-05-15');
  shop.visits(ids.di, '2026-05-19');
  detach = attachTodayCache(shop.core);
});
afterEach(() => {
  detach();
  shop.dispose();
});

/** What the cache lists, and what a fresh computation lists, as comparable text. */
function bothWays() {
  const cached = shop.call('reminders:today', { limit: 2000 });
  const settings = readReminderSettings(shop.core.ctx.db);
  const { scope } = storedScope(shop.core.ctx, settings);
  const fresh = collectReasons(shop.core.ctx.db, scope);
  const rows = rankRows(fresh.byCustomer).map((row) => [row.customerId, row.hits.map((hit) => hit.key)]);
  return {
    cached: {
      rows: cached.rows.map((row) => [row.customerId, row.reasons.map((r) => r.key)]),
      snoozed: cached.snoozed,
    },
    fresh: { rows, snoozed: fresh.snoozed.size },
  };
}

function expectSame() {
  const { cached, fresh } = bothWays();
  expect(cached).toEqual(fresh);
  return cached;
}

it('follows every kind of change exactly as a fresh computation would', () => {
  expect(expectSame().rows.length).toBe(2); // Ann overdue + birthday, Bo due
  shop.log(ids.ann, at(2026, 5, 20, 9)); // a visit resets Ann's rhythm
  expectSame();
  shop.call('reminders:snooze', { customerId: ids.bo, until: '2026-05-25' });
  expect(expectSame().snoozed).toBe(1);
  shop.call('reminders:dismiss', { customerId: ids.ann });
  shop.call('reminders:addOneOff', { customerId: ids.di, dueDate: '2026-05-20', note: 'call' });
  shop.call('reminders:setTagRule', { tag: 'vip', everyDays: 10 });
  shop.call('customers:update', { id: ids.cy, fields: { firstName: 'Cy', birthday: '1990-05-21' } });
  expectSame();
  shop.call('reminders:done', { customerId: ids.di, logFollowUp: true });
  shop.call('customers:delete', { ids: [ids.cy] });
  shop.call('reminders:updateSettings', { overdueFactor: 1.2 });
  expectSame();
  shop.setToday(2026, 5, 27); // a new day: everything moves
  expectSame();
});

it('starts over when another process writes the file', () => {
  shop.call('reminders:today', {});
  const other = new Database(shop.core.dbPath);
  try {
    other
      .prepare(
        `INSERT INTO one_off_reminders (id, customer_id, due_day, note, created_at) VALUES ('x', ?, ?, 'from the CLI', 1)`,
      )
      .run(ids.cy, localDayOf(at(2026, 5, 20)));
  } finally {
    other.close();
  }
  expect(expectSame().rows.some(([id]) => id === ids.cy)).toBe(true);
});

it('in a long-running host, shows the list of a moment ago while a wide change is worked out in slices', async () => {
  detach();
  detach = attachTodayCache(shop.core, { sliceMs: 0 });
  const before = bothWays().cached;
  shop.call('reminders:setTagRule', { tag: 'vip', everyDays: 10 }); // every customer may move
  const during = bothWays();
  expect(during.cached).toEqual(before);
  expect(during.fresh).not.toEqual(before);
  // A visit logged meanwhile shows at once, and is not lost when the new list comes in.
  shop.log(ids.cy, at(2026, 5, 20, 9));
  expect(bothWays().cached.rows.filter(([id]) => id === ids.cy)).toEqual(
    bothWays().fresh.rows.filter(([id]) => id === ids.cy),
  );
  expect(shop.core.events.some((e) => e.event === 'reminders:ready')).toBe(false);
  await prepareToday(shop.core.ctx);
  expect(shop.core.events.at(-1)).toEqual({ event: 'reminders:ready', payload: {} });
  expectSame();
  // A new day is never answered with yesterday's list.
  shop.setToday(2026, 5, 27);
  expectSame();
});
