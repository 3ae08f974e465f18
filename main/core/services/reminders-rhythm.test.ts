import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';

// Due and overdue on hand-made histories with known answers. Paris time: the local day is not
// UTC's, and daylight saving starts on 29 March 2026 (a 23-hour day).

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

let shop: ReminderShop;
beforeEach(() => {
  shop = makeReminderShop([2026, 3, 30]);
});
afterEach(() => shop.dispose());

const today = () => shop.call('reminders:today', {});
const rowOf = (id: string) => today().rows.find((row) => row.customerId === id);

describe('each customer’s rhythm', () => {
  it('is due when the days since the last visit reach the usual interval, overdue at 1.5×', () => {
    const ann = shop.customer({ firstName: 'Ann' });
    shop.visits(ann, '2026-02-02', '2026-02-16', '2026-03-02', '2026-03-16'); // every 14 days
    shop.setToday(2026, 3, 29);
    expect(rowOf(ann)).toBeUndefined(); // 13 days: not yet
    shop.setToday(2026, 3, 30);
    expect(rowOf(ann)).toMatchObject({
      kinds: ['due'],
      dueDate: '2026-03-30',
      reasons: [
        {
          kind: 'due',
          key: `due:${Math.floor(Date.UTC(2026, 2, 16) / 86_400_000)}`,
          lastVisitDate: '2026-03-16',
          daysSinceLastVisit: 14,
          intervalDays: 14,
          intervalSource: 'own',
          visits: 4,
          text: 'Due back: usually every 14 days, last visit 14 days ago (2026-03-16).',
        },
      ],
    });
    shop.setToday(2026, 4, 6); // 21 days = 1.5 × 14
    expect(rowOf(ann)?.reasons).toMatchObject([
      { kind: 'overdue', dueDate: '2026-04-06', daysSinceLastVisit: 21, overdueFactor: 1.5 },
    ]);
    expect(rowOf(ann)?.reasons[0]?.text).toBe(
      'Overdue: usually every 14 days, last visit 21 days ago (2026-03-16), 1.5× the usual gap.',
    );
    shop.setToday(2026, 4, 27); // 42 days = 3 × 14: lapsed, off the due list
    expect(rowOf(ann)).toBeUndefined();
  });

  it('is reset at once by a new visit', () => {
    const bo = shop.customer({ firstName: 'Bo' });
    shop.visits(bo, '2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22');
    shop.setToday(2026, 3, 30);
    expect(rowOf(bo)?.kinds).toEqual(['due']); // 8 days after a weekly visit
    shop.log(bo, at(2026, 3, 30, 9));
    expect(rowOf(bo)).toBeUndefined();
  });

  it('counts a visit at 23:59 and one at 00:01 as two days, and two purchases in a day as one', () => {
    const cy = shop.customer({ firstName: 'Cy' });
    shop.log(cy, at(2026, 3, 20, 23, 59));
    shop.log(cy, at(2026, 3, 21, 0, 1), 'purchase');
    shop.log(cy, at(2026, 3, 21, 18, 0), 'purchase');
    const outlook = shop.call('reminders:customer', { customerId: cy });
    expect(outlook.rhythm).toMatchObject({ visits: 2, intervalDays: 1, lastVisitDate: '2026-03-21' });
  });

  it('counts calendar days across daylight saving and 29 February', () => {
    const di = shop.customer({ firstName: 'Di' });
    shop.log(di, at(2024, 2, 28, 23, 30));
    shop.log(di, at(2024, 3, 1, 0, 30)); // 25 hours later, but 29 February lies between
    shop.log(di, at(2026, 3, 28, 23, 30));
    shop.log(di, at(2026, 3, 29, 23, 30)); // the 23-hour day: still one day later
    expect(shop.call('reminders:customer', { customerId: di }).rhythm).toMatchObject({
      visits: 4,
      // Gaps 2, 757 and 1: the median is 2.
      intervalDays: 2,
    });
  });

  it('measures a one-visit customer against the shop’s typical interval, and says so', () => {
    for (const [name, gap] of [
      ['Ed', 10],
      ['Flo', 20],
      ['Gus', 30],
    ] as const) {
      const id = shop.customer({ firstName: name });
      shop.log(id, at(2025, 12, 1));
      shop.log(id, at(2025, 12, 1) + gap * 86_400_000);
    }
    const once = shop.customer({ firstName: 'Hal' });
    shop.visits(once, '2026-03-05');
    shop.setToday(2026, 3, 25); // 20 days: the typical interval (median of 10, 20, 30)
    expect(rowOf(once)?.reasons).toMatchObject([
      {
        kind: 'due',
        intervalDays: 20,
        intervalSource: 'shop',
        visits: 1,
        text: "Due back: one visit so far; the shop's typical interval is 20 days, last visit 20 days ago (2026-03-05).",
      },
    ]);
    expect(today().model.typicalIntervalDays).toBe(20);
  });

  it('follows the kinds that count as a visit, and the overdue factor, from the settings', () => {
    const ivy = shop.customer({ firstName: 'Ivy' });
    shop.visits(ivy, '2026-03-02', '2026-03-12', '2026-03-22'); // every 10 days
    shop.log(ivy, at(2026, 3, 27), 'call');
    shop.setToday(2026, 4, 2);
    expect(rowOf(ivy)?.kinds).toEqual(['due']); // 11 days: past 10, short of 1.5 × 10
    shop.call('reminders:updateSettings', { overdueFactor: 1.1 });
    expect(rowOf(ivy)?.reasons[0]).toMatchObject({ kind: 'overdue', dueDate: '2026-04-02' });
    shop.call('reminders:updateSettings', { overdueFactor: 1.5, visitKinds: ['visit', 'call'] });
    // The call on 27 March is a visit now: gaps 10, 10, 5 → median 10, last visit 6 days ago.
    expect(rowOf(ivy)).toBeUndefined();
    expect(shop.call('reminders:customer', { customerId: ivy }).rhythm).toMatchObject({
      visits: 4,
      lastVisitDate: '2026-03-27',
      intervalDays: 10,
    });
  });
});
