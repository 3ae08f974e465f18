import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCounts } from '../test-support/temp-core.ts';
import { makeSuggestionShop, type SuggestionShop } from '../suggestions/suggestion-shop.ts';

// Channels and consent, recency, acting (the follow-up logged and audited) and outcomes over time.

let shop: SuggestionShop;
beforeEach(() => {
  shop = makeSuggestionShop();
});
afterEach(() => shop.dispose());

const consent = (...channels: ('email' | 'sms' | 'phone' | 'post')[]) =>
  channels.map((channel) => ({ channel, granted: true, source: 'form' }));
const of = (id: string) => shop.call('suggestions:customer', { customerId: id });
/** An overdue regular (3 visits 10 days apart, the last 20 days ago): a win-back, a marketing message. */
function regular(input: Parameters<SuggestionShop['customer']>[0]): string {
  const id = shop.customer(input);
  for (const date of ['2027-02-13', '2027-02-23', '2027-03-05'])
    shop.add(id, date, { kind: 'purchase', amountMinor: 450, note: 'Café crème' });
  return id;
}

describe('channel and consent', () => {
  it('never suggests e-mail without e-mail consent; takes the preferred channel when allowed', () => {
    const noEmailConsent = regular({
      firstName: 'Ana',
      email: 'a@x.it',
      phone: '+39 333 1234567',
      consents: consent('sms'),
    });
    expect(of(noEmailConsent)[0]).toMatchObject({
      kind: 'win_back',
      channel: 'sms',
      allowedChannels: ['sms'],
    });
    const prefersSms = regular({
      firstName: 'Pia',
      email: 'p@x.it',
      phone: '+39 333 7654321',
      consents: consent('email', 'sms'),
      preferredChannel: 'sms',
    });
    expect(of(prefersSms)[0]).toMatchObject({
      channel: 'sms',
      channelNote: 'By SMS, the preferred channel.',
    });
    const prefersPost = regular({
      firstName: 'Pol',
      email: 'pol@x.it',
      consents: consent('email'),
      preferredChannel: 'post',
    });
    expect(of(prefersPost)[0]?.channel).toBe('email');
  });

  it('says "mention it at the next visit" when no channel is allowed', () => {
    const none = regular({ firstName: 'Ned', email: 'n@x.it' });
    expect(of(none)[0]).toMatchObject({
      channel: 'in_person',
      allowedChannels: [],
      channelNote:
        'Mention it at the next visit (no consent for a channel with an address or number on file).',
    });
  });

  it('refuses to act by a channel without consent, and changes nothing', () => {
    const id = regular({ firstName: 'Ana', email: 'a@x.it', consents: consent('sms') });
    const before = tableCounts(shop.core);
    expect(
      shop.core.call('suggestions:act', { customerId: id, kind: 'win_back', channel: 'email' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'channel: not allowed for this customer (no consent, or nothing on file for it)',
      },
    });
    expect(shop.core.call('suggestions:act', { customerId: id, kind: 'birthday' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'kind: there is no birthday greeting suggestion for this customer today',
      },
    });
    expect(tableCounts(shop.core)).toEqual(before);
  });
});

describe('recency', () => {
  it('holds back a customer contacted in the last 14 days, except to close the loop', () => {
    const called = regular({ firstName: 'Cal' });
    shop.add(called, '2027-03-12', { kind: 'call', channel: 'phone' });
    expect(of(called)).toEqual([]);
    shop.setToday(2027, 3, 26);
    expect(of(called).map((s) => s.kind)).toEqual(['win_back']);

    const upset = regular({ firstName: 'Una' });
    shop.add(upset, '2027-03-20', { kind: 'message', channel: 'sms' });
    shop.add(upset, '2027-03-24', { kind: 'complaint' });
    expect(of(upset).map((s) => s.kind)).toEqual(['close_the_loop']);
  });
});

describe('acting and outcomes', () => {
  it('logs an audited outbound follow-up with the channel and the text, and the suggestion goes', () => {
    const id = regular({ firstName: 'Zoë', phone: '+39 333 1234567', consents: consent('sms') });
    const done = shop.call('suggestions:act', { customerId: id, kind: 'win_back' });
    expect(done).toMatchObject({
      channel: 'sms',
      message: 'Hello Zoë, it has been 20 days! Your Café crème is waiting for you at Chez Lúcia.',
      interaction: { kind: 'follow_up', channel: 'sms', customerId: id },
    });
    expect(done.interaction.note).toBe(`Win back: ${done.message}`);
    expect(done.link).toBe(`sms:+393331234567?body=${encodeURIComponent(done.message)}`);
    const audit = shop.call('audit:list', { customerId: id, limit: 5 });
    expect(audit.items.some((entry) => entry.subjectId === done.interaction.id)).toBe(true);
    expect(of(id)).toEqual([]);
  });

  it('counts who came back within 30 days, as of any day', () => {
    const back = regular({ firstName: 'Ben' });
    const gone = regular({ firstName: 'Gus' });
    shop.call('suggestions:act', { customerId: back, kind: 'win_back' });
    shop.call('suggestions:act', { customerId: gone, kind: 'win_back', message: 'Ciao Gus!' });
    shop.setToday(2027, 4, 2);
    shop.add(back, '2027-04-01');
    const row = (asOf?: string) =>
      shop
        .call('suggestions:outcomes', asOf === undefined ? {} : { asOf })
        .rows.find((r) => r.kind === 'win_back');
    expect(row('2027-03-24')).toEqual({ kind: 'win_back', sent: 0, cameBack: 0, pending: 0 });
    expect(row('2027-03-31')).toEqual({ kind: 'win_back', sent: 2, cameBack: 0, pending: 2 });
    expect(row('2027-04-01')).toEqual({ kind: 'win_back', sent: 2, cameBack: 1, pending: 1 });
    expect(row('2027-05-01')).toEqual({ kind: 'win_back', sent: 2, cameBack: 1, pending: 0 });
    // A visit after the window does not count.
    shop.setToday(2027, 5, 2);
    shop.add(gone, '2027-05-01');
    expect(row()).toEqual({ kind: 'win_back', sent: 2, cameBack: 1, pending: 0 });
  });

  it('judges a past day with --as-of from what was known then', () => {
    const id = regular({ firstName: 'Asa' });
    const list = shop.call('suggestions:today', { asOf: '2027-03-01', limit: 10 });
    expect(list.asOf).toBe('2027-03-01');
    // On 1 March the last purchase was 6 days old: time to ask for feedback, not yet to win back.
    expect(list.rows.map((row) => [row.customerId, row.kind, row.numbers.purchaseDaysAgo])).toEqual([
      [id, 'feedback_request', 6],
    ]);
    expect(
      shop
        .call('suggestions:today', { asOf: '2027-03-25', limit: 10 })
        .rows.map((r) => [r.customerId, r.kind]),
    ).toEqual([[id, 'win_back']]);
  });
});

describe('merge fields', () => {
  it('keeps accents, and reports fields that come out empty', () => {
    const id = shop.customer({ firstName: 'Zoë' });
    shop.visits(id, '2027-02-13', '2027-02-23', '2027-03-05');
    shop.call('settings:update', { shopName: '' });
    const [win] = of(id);
    expect(win?.message).toBe('Hello Zoë, it has been 20 days! Your is waiting for you at.');
    expect(win?.emptyFields).toEqual(['usualItem', 'shopName']);
  });
});
