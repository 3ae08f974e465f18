import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeSuggestionShop, type SuggestionShop } from '../suggestions/suggestion-shop.ts';
import { attachSuggestionCache, refreshSuggestions } from './suggestions-today.ts';
import { attachTodayCache } from './today-cache.ts';

// The app keeps Today's suggestions in memory: every change must show at once, as without a cache.

let shop: SuggestionShop;
let detach: () => void;
beforeEach(() => {
  shop = makeSuggestionShop();
  const offToday = attachTodayCache(shop.core);
  const offSuggestions = attachSuggestionCache(shop.core, { sliceMs: 0 });
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

/** Waits for the background rebuild, as a window waits for 'suggestions:ready'. */
async function prepared() {
  const ready = new Promise<void>((resolve) => {
    const off = shop.core.subscribe((event) => {
      if (event === 'suggestions:ready') {
        off();
        resolve();
      }
    });
  });
  expect(shop.call('suggestions:today', { limit: 50 })).toMatchObject({ preparing: true, rows: [] });
  await ready;
  expect(refreshSuggestions(shop.core.ctx)).toBeNull();
}

it('re-judges the customers a change names at once, and rebuilds in the background on new settings', async () => {
  const ann = shop.customer({ firstName: 'Ann' });
  shop.add(ann, '2026-05-01');
  await prepared();
  expect(kinds()).toEqual([]);
  shop.add(ann, '2027-03-24', { kind: 'complaint' });
  expect(kinds()).toEqual([['Ann', 'close_the_loop']]);
  shop.call('suggestions:updateSettings', { disabledKinds: ['close_the_loop'] });
  await prepared();
  expect(kinds()).toEqual([]);
  shop.call('suggestions:updateSettings', { disabledKinds: [] });
  await prepared();
  expect(shop.call('suggestions:today', { limit: 50 })).toMatchObject({ preparing: false, total: 1 });
});

it('keeps a customer changed during the rebuild for the next list', async () => {
  const ann = shop.customer({ firstName: 'Ann' });
  const bea = shop.customer({ firstName: 'Bea' });
  // Recent visitors: both are judged, one per turn.
  shop.add(ann, '2027-03-22');
  shop.add(bea, '2027-03-22');
  shop.call('suggestions:today', { limit: 50 });
  await new Promise((resolve) => setImmediate(resolve));
  const building = refreshSuggestions(shop.core.ctx);
  expect(building).not.toBeNull();
  shop.add(bea, '2027-03-24', { kind: 'complaint' });
  await building;
  expect(kinds()[0]).toEqual(['Bea', 'close_the_loop']);
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
