import { describe, expect, it } from 'vitest';
import type { TodayList } from '../../../../shared/domain/reminders.ts';
import { createTestBridge } from '../../test/render.tsx';
import { reasonText } from './reminder-labels.ts';

// The test bridge's clock stands at 17 May 2025, 10:00.
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 17, 10, 0);

function call(bridge: ReturnType<typeof createTestBridge>, channel: string, input: unknown) {
  const result = bridge.core.call(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function today(): TodayList {
  const bridge = createTestBridge();
  call(bridge, 'reminders:updateSettings', {
    postPurchaseRules: [{ kind: 'purchase', days: 3, note: 'Ask how it went' }],
  });
  const ann = bridge.addCustomer({ firstName: 'Ann', lastName: 'Archer', tags: ['vip'] });
  for (const daysAgo of [29, 22, 15])
    bridge.addInteraction({ customerId: ann.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  const dee = bridge.addCustomer({ firstName: 'Dee', lastName: 'Due' });
  for (const daysAgo of [21, 14, 7])
    bridge.addInteraction({ customerId: dee.id, kind: 'visit', occurredAt: NOW - daysAgo * DAY });
  bridge.addInteraction({ customerId: dee.id, kind: 'purchase', occurredAt: NOW - 5 * DAY });
  call(bridge, 'reminders:setTagRule', { tag: 'vip', everyDays: 10 });
  const bo = bridge.addCustomer({ firstName: 'Bo', lastName: 'Bell', birthday: '1990-05-22' });
  call(bridge, 'reminders:addOneOff', { customerId: bo.id, dueDate: '2025-05-17', note: 'Call back' });
  // Three days on: the one-off and the follow-up are late.
  return call(bridge, 'reminders:today', { asOf: '2025-05-20' }) as TodayList;
}

describe('reminder reasons worded from their fields', () => {
  it('say in English what the core says, for every kind of reason', () => {
    const list = today();
    const reasons = list.rows.flatMap((row) => row.reasons);
    expect(new Set(reasons.map((reason) => reason.kind))).toEqual(
      new Set(['overdue', 'due', 'post_purchase', 'stay_in_touch', 'birthday', 'one_off']),
    );
    for (const reason of reasons) expect(reasonText(reason, list.asOf, 'en')).toBe(reason.text);
  });

  it('say the same in Italian', () => {
    const list = today();
    const said = list.rows.flatMap((row) => row.reasons.map((reason) => reasonText(reason, list.asOf, 'it')));
    expect(said).toEqual(
      expect.arrayContaining([
        'Promemoria per il 2025-05-17 (3 giorni fa): Call back',
        'Compleanno tra 2 giorni (2025-05-22): compie 35 anni.',
      ]),
    );
  });
});
