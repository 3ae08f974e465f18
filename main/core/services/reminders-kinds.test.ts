import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';

// Every kind of reminder on hand-made cases with known answers, and the row they share.

let shop: ReminderShop;
beforeEach(() => {
  shop = makeReminderShop([2027, 2, 25]);
});
afterEach(() => shop.dispose());

const today = () => shop.call('reminders:today', {});
const rowOf = (id: string) => today().rows.find((row) => row.customerId === id);

describe('birthdays and other important dates', () => {
  it('remembers 29 February on 28 February in a common year, and on the day in a leap year', () => {
    const leap = shop.customer({ firstName: 'Leap', birthday: '1992-02-29' });
    expect(rowOf(leap)?.reasons).toMatchObject([
      {
        kind: 'birthday',
        key: 'birthday:2027',
        dueDate: '2027-02-28',
        daysAhead: 3,
        turns: 35,
        leapDayMoved: true,
        text: 'Birthday in 3 days (2027-02-28, for 29 February): turns 35.',
      },
    ]);
    shop.setToday(2028, 2, 27);
    expect(rowOf(leap)?.reasons).toMatchObject([
      { kind: 'birthday', dueDate: '2028-02-29', daysAhead: 2, turns: 36, leapDayMoved: false },
    ]);
    shop.setToday(2028, 3, 1); // the day after: no longer ahead
    expect(rowOf(leap)).toBeUndefined();
  });

  it('looks N days ahead (a setting), across the new year, with or without a birth year', () => {
    const noYear = shop.customer({ firstName: 'Noel', birthday: '--01-02' });
    shop.setToday(2026, 12, 28);
    expect(rowOf(noYear)?.reasons).toMatchObject([
      { kind: 'birthday', dueDate: '2027-01-02', daysAhead: 5, turns: null, key: 'birthday:2027' },
    ]);
    shop.call('reminders:updateSettings', { birthdayDaysAhead: 3 });
    expect(rowOf(noYear)).toBeUndefined();
    shop.setToday(2027, 1, 2);
    expect(rowOf(noYear)?.reasons[0]).toMatchObject({ daysAhead: 0, text: 'Birthday today (2027-01-02).' });
  });

  it('treats date custom fields as yearly dates, the chosen ones only when some are chosen', () => {
    const wedding = shop.call('customFields:create', { name: 'Wedding', type: 'date' });
    const lastTrim = shop.call('customFields:create', { name: 'Last trim', type: 'date' });
    const ann = shop.customer({
      firstName: 'Ann',
      customFields: { [wedding.id]: '2017-03-01', [lastTrim.id]: '2026-02-27' },
    });
    expect(rowOf(ann)?.reasons).toMatchObject([
      { kind: 'important_date', label: 'Last trim', dueDate: '2027-02-27', years: 1 },
      {
        kind: 'important_date',
        label: 'Wedding',
        dueDate: '2027-03-01',
        years: 10,
        text: 'Wedding in 4 days (2027-03-01): 10 years.',
      },
    ]);
    shop.call('reminders:updateSettings', { importantDateFieldIds: [wedding.id] });
    expect(rowOf(ann)?.reasons.map((reason) => reason.kind === 'important_date' && reason.label)).toEqual([
      'Wedding',
    ]);
  });
});

describe('post-purchase follow-ups', () => {
  it('comes N days after an interaction of the rule’s kind and stays for a week', () => {
    const [rule] = shop.call('reminders:updateSettings', {
      postPurchaseRules: [{ kind: 'purchase', days: 3, note: 'ask how the colour holds' }],
    }).postPurchaseRules;
    const bo = shop.customer({ firstName: 'Bo' });
    shop.log(bo, at(2027, 2, 22, 17), 'purchase');
    shop.log(bo, at(2027, 2, 23, 9), 'note');
    expect(rowOf(bo)?.reasons).toMatchObject([
      {
        kind: 'post_purchase',
        ruleId: rule?.id,
        dueDate: '2027-02-25',
        interactionDate: '2027-02-22',
        afterDays: 3,
        text: 'Follow up 3 days after the purchase of 2027-02-22: ask how the colour holds.',
      },
    ]);
    shop.setToday(2027, 3, 3); // day 7 of the window
    expect(rowOf(bo)?.kinds).toEqual(['post_purchase']);
    shop.setToday(2027, 3, 4);
    expect(rowOf(bo)).toBeUndefined();
  });
});

describe('stay in touch', () => {
  it('every N days since the last contact of any kind, per customer or through a tag', () => {
    const own = shop.customer({ firstName: 'Own', tags: ['vip'] });
    const tagged = shop.customer({ firstName: 'Tagged', tags: ['vip'] });
    shop.log(own, at(2027, 1, 1), 'call');
    shop.log(tagged, at(2027, 1, 20), 'email');
    shop.call('reminders:setPlan', { customerId: own, stayInTouchDays: 30, doNotContact: false });
    shop.call('reminders:setTagRule', { tag: 'VIP', everyDays: 60 });
    // Own plan (30 days) wins over the tag's 60: due since 31 January.
    expect(rowOf(own)?.reasons).toMatchObject([
      {
        kind: 'stay_in_touch',
        everyDays: 30,
        source: 'customer',
        dueDate: '2027-01-31',
        daysSinceContact: 55,
        text: 'Stay in touch every 30 days: last contact 55 days ago.',
      },
    ]);
    expect(rowOf(tagged)).toBeUndefined(); // 36 days of 60
    shop.setToday(2027, 3, 21);
    expect(rowOf(tagged)?.reasons).toMatchObject([
      { kind: 'stay_in_touch', everyDays: 60, source: 'tag', tag: 'vip', dueDate: '2027-03-21' },
    ]);
    shop.log(tagged, at(2027, 3, 21, 8), 'message');
    expect(rowOf(tagged)).toBeUndefined();
  });

  it('refuses a rule for a tag nobody has, changing nothing', () => {
    expect(shop.core.call('reminders:setTagRule', { tag: 'ghost', everyDays: 5 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'tag: no customer has the tag ghost', field: 'tag' },
    });
  });
});

describe('one row per customer', () => {
  it('gathers every reason of a customer, ranks the rows and counts them by kind', () => {
    const many = shop.customer({ firstName: 'Many', birthday: '1990-02-26' });
    shop.visits(many, '2027-01-01', '2027-01-11', '2027-01-21', '2027-02-10'); // gaps 10, 10, 20: 15 days ago
    shop.call('reminders:addOneOff', { customerId: many, dueDate: '2027-02-25', note: 'order arrived' });
    const just = shop.customer({ firstName: 'Just', birthday: '--03-03' });
    const list = today();
    expect(list.rows.map((row) => [row.firstName, row.kinds])).toEqual([
      ['Many', ['one_off', 'overdue', 'birthday']],
      ['Just', ['birthday']],
    ]);
    expect(list.rows[0]?.reasons.map((reason) => reason.kind)).toEqual(['one_off', 'overdue', 'birthday']);
    expect(list.total).toBe(2);
    expect(list.counts).toMatchObject({ one_off: 1, overdue: 1, birthday: 2, due: 0, at_risk: 0 });
    expect(list.rows.find((row) => row.customerId === just)?.dueDate).toBe('2027-03-03');
  });

  it('lists customers without consent or marked do-not-contact, marked so, and leaves the trash out', () => {
    const open = shop.customer({
      firstName: 'Open',
      birthday: '--02-26',
      consents: [{ channel: 'email', granted: true, source: 'form' }],
    });
    const silent = shop.customer({ firstName: 'Silent', birthday: '--02-26' });
    const blocked = shop.customer({
      firstName: 'Blocked',
      birthday: '--02-26',
      consents: [{ channel: 'sms', granted: true, source: 'form' }],
    });
    const gone = shop.customer({ firstName: 'Gone', birthday: '--02-26' });
    shop.call('reminders:setPlan', { customerId: blocked, stayInTouchDays: null, doNotContact: true });
    shop.call('customers:delete', { ids: [gone] });
    const contact = Object.fromEntries(today().rows.map((row) => [row.customerId, row.contact]));
    expect(contact).toEqual({
      [open]: { status: 'ok', channels: ['email'] },
      [silent]: { status: 'no_consent', channels: [] },
      [blocked]: { status: 'do_not_contact', channels: ['sms'] },
    });
  });
});
