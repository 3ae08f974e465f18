import type { QueryClient } from '@tanstack/react-query';
import type { Bridge } from '../../../shared/ipc/contract.ts';
import { insightsKeys, queryKeys } from './query-keys.ts';

/**
 * Today and the customer outlooks depend on visits, customers, settings and the reminders' own
 * state: any of those changing makes them refetch (only the ones on screen actually do).
 */
export function watchReminderEvents(bridge: Bridge, client: QueryClient): () => void {
  const refresh = () => {
    void client.invalidateQueries({ queryKey: queryKeys.remindersTodayAll });
    void client.invalidateQueries({ queryKey: queryKeys.customerOutlookAll });
  };
  const offs = [
    bridge.on('reminders:changed', () => {
      refresh();
      void client.invalidateQueries({ queryKey: queryKeys.reminderSettings });
      // A refit or new thresholds move segments by P(alive) or rhythm status.
      for (const queryKey of insightsKeys) void client.invalidateQueries({ queryKey });
    }),
    // Only the list itself was worked out again (in the background, after a wide change).
    bridge.on(
      'reminders:ready',
      () => void client.invalidateQueries({ queryKey: queryKeys.remindersTodayAll }),
    ),
    bridge.on('interactions:changed', refresh),
    bridge.on('customers:changed', refresh),
    bridge.on('settings:changed', refresh),
  ];
  return () => offs.forEach((off) => off());
}
