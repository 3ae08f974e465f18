import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atRiskReason } from '../reminders/reasons.ts';
import { fromReminder } from '../suggestions/hits.ts';
import { makeSuggestionShop, type SuggestionShop } from '../suggestions/suggestion-shop.ts';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../../shared/domain/suggestions.ts';

// Every kind of suggestion on a hand-made café with known answers (today: 25 March 2027).

let shop: SuggestionShop;
beforeEach(() => {
  shop = makeSuggestionShop();
});
afterEach(() => shop.dispose());

const consent = (...channels: ('email' | 'sms' | 'phone' | 'post')[]) =>
  channels.map((channel) => ({ channel, granted: true, source: 'form' }));
const today = () => shop.call('suggestions:today', { limit: 50 });
const of = (id: string) => shop.call('suggestions:customer', { customerId: id });
const kindsOf = (id: string) => of(id).map((s) => s.kind);

describe('each kind, with its numbers', () => {
  it('closes the loop on a complaint or a low score with no follow-up yet, and ranks it first', () => {
    const big = shop.customer({ firstName: 'Rich', email: 'r@x.it', consents: consent('email') });
    for (const date of ['2027-02-13', '2027-02-23', '2027-03-05'])
      shop.add(big, date, { kind: 'purchase', amountMinor: 9000 });
    const upset = shop.customer({ firstName: 'Una', email: 'u@x.it' });
    shop.add(upset, '2026-06-01');
    shop.add(upset, '2027-03-22', { kind: 'complaint', note: 'cold coffee' });

    const list = today();
    expect(list.rows[0]).toMatchObject({
      customerId: upset,
      kind: 'close_the_loop',
      reasons: ['A complaint 3 days ago: “cold coffee”, with no follow-up since.'],
      numbers: { daysAgo: 3, date: '2027-03-22' },
      // A service message: e-mail on file is enough without marketing consent.
      channel: 'email',
      service: true,
    });
    expect(list.rows[1]).toMatchObject({ customerId: big, kind: 'win_back' });
    expect(list.rows[0]?.score).toBeGreaterThan(1000);

    shop.add(upset, '2027-03-24', { kind: 'call', channel: 'phone' });
    expect(kindsOf(upset)).toEqual([]);
  });

  it('counts CSAT ≤ 2, NPS ≤ 6 and CES ≤ 3 as low scores, and nothing above', () => {
    const scores = [
      [{ csat: 2 }, true],
      [{ csat: 3 }, false],
      [{ nps: 6 }, true],
      [{ nps: 7 }, false],
      [{ ces: 3 }, true],
      [{ ces: 4 }, false],
    ] as const;
    for (const [score, low] of scores) {
      const id = shop.customer({ firstName: 'F' });
      shop.add(id, '2026-01-10');
      shop.add(id, '2027-03-20', { kind: 'feedback', ...score });
      expect(kindsOf(id).includes('close_the_loop'), JSON.stringify(score)).toBe(low);
    }
  });

  it('wins back an overdue regular with at least 3 visits, not a two-visit one', () => {
    const regular = shop.customer({ firstName: 'Rita' });
    shop.visits(regular, '2027-02-13', '2027-02-23', '2027-03-05');
    const twice = shop.customer({ firstName: 'Tim' });
    shop.visits(twice, '2027-02-23', '2027-03-05');
    expect(of(regular)[0]).toMatchObject({
      kind: 'win_back',
      numbers: { visits: 3, daysSinceLastVisit: 20, usualIntervalDays: 10, lastVisitDate: '2027-03-05' },
    });
    expect(kindsOf(twice)).toEqual([]);
  });

  it('says "we miss you" for an at-risk regular, from P(alive)', () => {
    const hit = fromReminder(
      atRiskReason(20_000, 0.3, 6, 19_950),
      DEFAULT_SUGGESTION_SETTINGS,
      (day) => day * 1000,
    );
    expect(hit).toMatchObject({
      kind: 'we_miss_you',
      urgency: 55 + 20 * 0.7,
      since: 19_950_000,
      numbers: { pAlive: 0.3, visits: 6, daysSinceLastVisit: 50 },
    });
    expect(hit?.reasons[0]).toMatch(/^At risk: 30% likely still a regular after 6 visits/);
  });

  it('thanks a first visit within 3 days, not a second-time customer', () => {
    const first = shop.customer({ firstName: 'Flo' });
    shop.add(first, '2027-03-24');
    const again = shop.customer({ firstName: 'Ada' });
    shop.visits(again, '2027-01-10', '2027-03-24');
    expect(of(first)[0]).toMatchObject({ kind: 'thank_you', reasons: ['First visit yesterday.'] });
    expect(kindsOf(again)).not.toContain('thank_you');
  });

  it('asks for feedback 3 days after a purchase, until feedback comes', () => {
    const buyer = shop.customer({ firstName: 'Bo' });
    shop.add(buyer, '2026-12-01');
    shop.add(buyer, '2027-03-22', { kind: 'purchase', amountMinor: 1000, note: 'croissant' });
    expect(of(buyer).find((s) => s.kind === 'feedback_request')).toMatchObject({
      reasons: ['Purchase 3 days ago (croissant), no feedback yet.'],
      numbers: { purchaseDaysAgo: 3 },
    });
    shop.add(buyer, '2027-03-25', { kind: 'feedback', csat: 5 });
    expect(kindsOf(buyer)).not.toContain('feedback_request');
  });

  it('nudges about a reward, the next tier and a tier just reached after a visit', () => {
    const coffee = shop.customer({ firstName: 'Cora' });
    shop.add(coffee, '2027-03-24', { kind: 'purchase', amountMinor: 3500 });
    const near = shop.customer({ firstName: 'Nia' });
    shop.add(near, '2027-01-15');
    shop.add(near, '2027-03-24', { kind: 'purchase', amountMinor: 8500 });
    const silver = shop.customer({ firstName: 'Sil' });
    shop.add(silver, '2027-01-15');
    shop.add(silver, '2027-03-24', { kind: 'purchase', amountMinor: 12000 });

    expect(of(coffee).find((s) => s.kind === 'reward_available')).toMatchObject({
      numbers: { points: 35, reward: 'Free coffee', rewardCost: 30 },
    });
    expect(kindsOf(coffee)).not.toContain('near_next_tier');
    expect(of(near).find((s) => s.kind === 'near_next_tier')).toMatchObject({
      numbers: { missing: 15, threshold: 100, nextTier: 'Silver' },
    });
    // The tier change is dated when the loyalty ledger recorded it: the purchase was logged today.
    expect(of(silver).find((s) => s.kind === 'tier_reached')).toMatchObject({
      numbers: { tier: 'Silver', date: '2027-03-25' },
    });
    const reward = of(coffee).find((s) => s.kind === 'reward_available');
    expect(reward?.message).toBe('Hello Cora, you have 35 points: Free coffee is yours at Chez Lúcia!');
  });

  it('greets a birthday up to 3 days ahead', () => {
    const soon = shop.customer({ firstName: 'Bea', birthday: '1990-03-27' });
    const later = shop.customer({ firstName: 'Lou', birthday: '1990-03-30' });
    expect(of(soon)[0]).toMatchObject({
      kind: 'birthday',
      numbers: { daysAhead: 2, birthday: '2027-03-27', turns: 37 },
    });
    expect(kindsOf(later)).toEqual([]);
  });

  it('re-engages a customer whose usual staff member has left and who has not been back since', () => {
    const bea = shop.call('staff:create', { displayName: 'Beatriz' });
    const loyal = shop.customer({ firstName: 'Lea' });
    for (const date of ['2026-10-01', '2026-11-01', '2026-12-01']) shop.add(loyal, date, { staffId: bea.id });
    expect(kindsOf(loyal)).not.toContain('staff_left');
    shop.call('staff:update', { id: bea.id, fields: { displayName: 'Beatriz', active: false } });
    expect(of(loyal).find((s) => s.kind === 'staff_left')).toMatchObject({
      reasons: ['Beatriz served 3 of their last 3 visits and has left; not back since.'],
    });
    shop.add(loyal, '2027-03-25');
    expect(kindsOf(loyal)).not.toContain('staff_left');
  });
});

describe('settings', () => {
  it('leaves out the kinds the owner switched off, and tunes thresholds', () => {
    const first = shop.customer({ firstName: 'Flo' });
    shop.add(first, '2027-03-22');
    expect(kindsOf(first)).toContain('thank_you');
    shop.call('suggestions:updateSettings', { thankYouWithinDays: 2 });
    expect(kindsOf(first)).not.toContain('thank_you');
    shop.call('suggestions:updateSettings', { thankYouWithinDays: 5, disabledKinds: ['thank_you'] });
    expect(kindsOf(first)).not.toContain('thank_you');
  });

  it('refuses a bad threshold with a specific message and changes nothing', () => {
    const before = shop.call('suggestions:settings', {});
    const result = shop.core.call('suggestions:updateSettings', { recencyDays: 0, outcomeDays: 10 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid_input');
    expect(!result.ok && result.error.message).toMatch(/^recencyDays: must be at least 1 day/);
    expect(shop.call('suggestions:settings', {})).toEqual(before);
  });
});
