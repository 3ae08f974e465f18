import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider.tsx';
import { invalidateCustomers } from './invalidate-customers.ts';
import { queryKeys } from './query-keys.ts';
import { watchReminderEvents } from './reminder-events.ts';

/** Refetches what main says has changed, whichever window or command-line call changed it. */
export function useChangeEvents(): void {
  const bridge = useBridge();
  const client = useQueryClient();
  useEffect(() => {
    const offCustomers = bridge.on('customers:changed', ({ ids }) => void invalidateCustomers(client, ids));
    const offInteractions = bridge.on(
      'interactions:changed',
      ({ customerIds }) => void invalidateCustomers(client, customerIds),
    );
    const offSettings = bridge.on('settings:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.settings });
      void client.invalidateQueries({ queryKey: queryKeys.customFieldsAll });
      // Who is at the counter is kept with the settings.
      void client.invalidateQueries({ queryKey: queryKeys.session });
    });
    const offStaff = bridge.on('staff:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.staffAll });
      void client.invalidateQueries({ queryKey: queryKeys.session });
    });
    const offReminders = watchReminderEvents(bridge, client);
    return () => {
      offReminders();
      offCustomers();
      offInteractions();
      offSettings();
      offStaff();
    };
  }, [bridge, client]);
}
