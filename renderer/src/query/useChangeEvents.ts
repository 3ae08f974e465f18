import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider.tsx';
import { invalidateCustomers } from './invalidate-customers.ts';
import { insightsKeys, queryKeys } from './query-keys.ts';

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
      // The active window of the dashboard is a setting too.
      void client.invalidateQueries({ queryKey: queryKeys.insightsSettings });
      for (const queryKey of insightsKeys) void client.invalidateQueries({ queryKey });
    });
    const offStaff = bridge.on('staff:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.staffAll });
      void client.invalidateQueries({ queryKey: queryKeys.session });
    });
    const offSegments = bridge.on('segments:changed', () => {
      void client.invalidateQueries({ queryKey: queryKeys.segmentsAll });
    });
    return () => {
      offSegments();
      offCustomers();
      offInteractions();
      offSettings();
      offStaff();
    };
  }, [bridge, client]);
}
