import { describe, expect, it } from 'vitest';
import type { SuggestionList } from '../../../../shared/domain/suggestions.ts';
import { createTestBridge } from '../../test/render.tsx';
import { suggestionReasons } from './suggestion-words.ts';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);

function suggestions(): SuggestionList {
  const bridge = createTestBridge();
  const rita = bridge.addCustomer({ firstName: 'Rita', lastName: 'Rossi' });
  for (const daysAgo of [29, 22, 15])
    bridge.addInteraction({ customerId: rita.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  const una = bridge.addCustomer({ firstName: 'Una', lastName: 'Ude' });
  bridge.addInteraction({ customerId: una.id, kind: 'visit', occurredAt: NOW - 300 * DAY });
  bridge.addInteraction({
    customerId: una.id,
    kind: 'complaint',
    note: 'cold coffee',
    occurredAt: NOW - DAY,
  });
  const neo = bridge.addCustomer({ firstName: 'Neo', lastName: 'New' });
  bridge.addInteraction({ customerId: neo.id, kind: 'visit', occurredAt: NOW - 2 * DAY });
  const pia = bridge.addCustomer({ firstName: 'Pia', lastName: 'Paid' });
  bridge.addInteraction({ customerId: pia.id, kind: 'visit', occurredAt: NOW - 40 * DAY });
  bridge.addInteraction({ customerId: pia.id, kind: 'purchase', note: 'Shampoo', occurredAt: NOW - 4 * DAY });
  const result = bridge.core.call('suggestions:today', { limit: 50 });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as SuggestionList;
}

describe('suggestion reasons worded from their numbers', () => {
  it('say in English what the core says', () => {
    const list = suggestions();
    expect(new Set(list.rows.map((row) => row.kind))).toEqual(
      new Set(['close_the_loop', 'win_back', 'thank_you', 'feedback_request']),
    );
    for (const row of list.rows) expect(suggestionReasons(row, 'en')).toEqual(row.reasons);
  });

  it('say the same in Italian, the customer’s note included', () => {
    const loop = suggestions().rows.find((row) => row.kind === 'close_the_loop');
    expect(loop && suggestionReasons(loop, 'it')).toEqual([
      'Un reclamo ieri: “cold coffee”, senza ricontatti da allora.',
    ]);
  });
});
