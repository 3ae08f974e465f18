import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCounts } from '../test-support/temp-core.ts';
import { makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';

// Done, snooze and dismiss: each takes the row off Today for as long as it should, and bad
// input is refused with a specific message and changes nothing.

let shop: ReminderShop;
let ann: string;
beforeEach(() => {
  shop = makeReminderShop([2026, 11, 22]);
  ann = shop.customer({ firstName: 'Ann', birthday: '--11-24' });
  shop.visits(ann, '2026-10-01', '2026-10-15', '2026-10-29'); // every 14 days: due since 12 November
});
afterEach(() => shop.dispose());

const rowOf = (id: string) => shop.call('reminders:today', {}).rows.find((row) => row.customerId === id);

describe('done', () => {
  it('closes every open reason and can log the follow-up, which the timeline shows', () => {
    expect(rowOf(ann)?.kinds).toEqual(['overdue', 'birthday']);
    const done = shop.call('reminders:done', {
      customerId: ann,
      logFollowUp: true,
      note: 'Called, booked Friday',
    });
    expect(done.closedKeys).toHaveLength(2);
    expect(rowOf(ann)).toBeUndefined();
    const timeline = shop.call('interactions:list', { customerId: ann, kinds: ['follow_up'] });
    expect(timeline).toMatchObject([
      { id: done.interactionId, kind: 'follow_up', note: 'Called, booked Friday' },
    ]);
    expect(shop.core.events.map((e) => e.event)).toContain('reminders:changed');
    // A follow-up is contact, not a visit: the rhythm still waits for the next visit.
    expect(shop.call('reminders:customer', { customerId: ann }).rhythm).toMatchObject({ visits: 3 });
  });

  it('closes only the given reasons; the next occurrence comes back', () => {
    const birthday = rowOf(ann)?.reasons.find((reason) => reason.kind === 'birthday')?.key ?? '';
    shop.call('reminders:done', { customerId: ann, keys: [birthday] });
    expect(rowOf(ann)?.kinds).toEqual(['overdue']);
    shop.setToday(2027, 11, 20); // next year's birthday is a new occurrence
    expect(rowOf(ann)?.kinds).toEqual(['birthday']);
  });

  it('refuses keys that are not open reminders of the customer, and unknown customers, changing nothing', () => {
    const before = tableCounts(shop.core);
    expect(shop.core.call('reminders:done', { customerId: ann, keys: ['due:1'] })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'keys: due:1 is not an open reminder of this customer',
        field: 'keys',
      },
    });
    expect(shop.core.call('reminders:done', { customerId: 'nobody', logFollowUp: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(tableCounts(shop.core)).toEqual(before);
  });
});

describe('snooze', () => {
  it('hides the row until the morning of the chosen day', () => {
    shop.call('reminders:snooze', { customerId: ann, until: '2026-11-23' });
    expect(rowOf(ann)).toBeUndefined();
    expect(shop.call('reminders:today', {}).snoozed).toBe(1);
    shop.setToday(2026, 11, 23, 0);
    expect(rowOf(ann)?.kinds).toEqual(['overdue', 'birthday']);
  });

  it.each([
    ['2026-11-22', 'until: must be after today (2026-11-22)'],
    ['2028-01-01', 'until: must be within a year (by 2027-11-23)'],
    ['2026-02-30', 'until: is not a real date'],
  ])('refuses %s with a specific message', (until, message) => {
    const before = tableCounts(shop.core);
    expect(shop.core.call('reminders:snooze', { customerId: ann, until })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message },
    });
    expect(tableCounts(shop.core)).toEqual(before);
  });
});

describe('dismiss', () => {
  it('drops the reasons without logging anything, until a new occurrence', () => {
    shop.call('reminders:dismiss', { customerId: ann });
    expect(rowOf(ann)).toBeUndefined();
    expect(shop.call('interactions:list', { customerId: ann, kinds: ['follow_up'] })).toEqual([]);
    shop.visits(ann, '2026-11-22');
    shop.setToday(2026, 12, 10); // a new visit, a new cycle: 18 days of the usual 14
    expect(rowOf(ann)?.kinds).toEqual(['due']);
  });
});

describe('one-off reminders', () => {
  it('appear on their day with their note, and done closes them for good', () => {
    const bo = shop.customer({ firstName: 'Bo' });
    const once = shop.call('reminders:addOneOff', {
      customerId: bo,
      dueDate: '2026-11-25',
      note: 'Tell about the sale',
    });
    expect(rowOf(bo)).toBeUndefined();
    shop.setToday(2026, 11, 27);
    expect(rowOf(bo)?.reasons).toMatchObject([
      {
        kind: 'one_off',
        reminderId: once.id,
        text: 'Reminder for 2026-11-25 (2 days ago): Tell about the sale',
      },
    ]);
    shop.call('reminders:done', { customerId: bo });
    expect(rowOf(bo)).toBeUndefined();
    expect(shop.call('reminders:customer', { customerId: bo }).oneOffs).toEqual([]);
  });

  it('can be cancelled before its day, and refuses a date in the past', () => {
    const bo = shop.customer({ firstName: 'Bo' });
    const once = shop.call('reminders:addOneOff', { customerId: bo, dueDate: '2026-11-22', note: 'Today' });
    expect(shop.call('reminders:cancelOneOff', { id: once.id })).toMatchObject({ closed: true });
    expect(
      shop.core.call('reminders:addOneOff', { customerId: bo, dueDate: '2026-11-21', note: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'dueDate: must be after yesterday (2026-11-22)', field: 'dueDate' },
    });
    expect(shop.core.call('reminders:cancelOneOff', { id: once.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
