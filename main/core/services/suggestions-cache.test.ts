import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeSuggestionShop, type SuggestionShop } from '../suggestions/suggestion-shop.ts';
import { attachSuggestionCache } from './suggestions-today.ts';
import { attachTodayCache } from './today-cache.ts';

// The app keeps Today's suggestions in memory: every change must show at once, as without a cache.

let shop: SuggestionShop;
let detach: () => void;
beforeEach(() => {
  shop = makeSuggestionShop();
  const offToday = attachTodayCache(shop.core);
  const offSuggestions = attachSuggestionCache(shop.core);
  detach = () => {
    offSuggestions();
    offToday();
  };
});
afterEach(() => {
  detach();
  shop.dispose();
});

const kinds = () =>
  shop.call('suggestions:today', { limit: 50 }).rows.map((row) => [row.firstName, row.kind]);

it('re-judges the customers a change names, and starts over on new settings', () => {
  const ann = shop.customer({ firstName: 'Ann' });
  shop.add(ann, '2026-05-01');
  expect(kinds()).toEqual([]);
  shop.add(ann, '2027-03-24', { kind: 'complaint' });
  expect(kinds()).toEqual([['Ann', 'close_the_loop']]);
  shop.call('suggestions:updateSettings', { disabledKinds: ['close_the_loop'] });
  expect(kinds()).toEqual([]);
});

it('audits settings and template changes with the old and new values', () => {
  shop.call('suggestions:updateSettings', { recencyDays: 21 });
  shop.call('suggestions:updateTemplate', { kind: 'birthday', text: 'Feliz cumpleaños {firstName}!' });
  const items = shop.call('audit:list', { category: 'settings', limit: 10 }).items;
  expect(items.map((item) => item.summary)).toEqual(
    expect.arrayContaining([
      'Changed the follow-up suggestion settings: recencyDays',
      'Edited the “Birthday greeting” message template',
    ]),
  );
  shop.call('suggestions:updateTemplate', { kind: 'birthday', text: null });
  expect(shop.call('suggestions:settings', {}).edited).toEqual([]);
});
