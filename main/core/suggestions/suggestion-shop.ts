import type { InteractionInput } from '../../../shared/domain/interaction.ts';
import { CAFE_PROGRAM } from '../loyalty/test-program.ts';
import { at, makeReminderShop, type ReminderShop } from '../test-support/reminder-shop.ts';

// Test support: a hand-made café for the suggestion scenarios. The loyalty program starts on
// 1 January 2027 (so every purchase after it earns a point per euro); today is 25 March 2027.

export interface SuggestionShop extends ReminderShop {
  /** Logs an interaction at noon on a local date ("2027-03-20"); a visit unless told. */
  add(customerId: string, date: string, fields?: Partial<InteractionInput>): string;
}

export function makeSuggestionShop(): SuggestionShop {
  const shop = makeReminderShop([2027, 1, 1]);
  shop.call('loyalty:setProgram', { program: CAFE_PROGRAM });
  shop.call('settings:update', { shopName: 'Chez Lúcia' });
  shop.setToday(2027, 3, 25);
  return {
    ...shop,
    add(customerId, date, fields = {}) {
      const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
      return shop.call('interactions:log', { kind: 'visit', ...fields, customerId, occurredAt: at(y, m, d) })
        .id;
    },
  };
}
