import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider.tsx';
import { invalidateCustomers } from './invalidate-customers.ts';

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
    return () => {
      offCustomers();
      offInteractions();
    };
  }, [bridge, client]);
}
