import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

export function useLoyaltyStatus(customerId: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.loyaltyStatus(customerId),
    queryFn: () => call('loyalty:status', { customerId }),
  });
}

export function useLoyaltyLedger(customerId: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.loyaltyLedger(customerId),
    queryFn: () => call('loyalty:ledger', { customerId, limit: 500 }),
  });
}

export function useLoyaltyProgram() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.loyaltyProgram, queryFn: () => call('loyalty:program', {}) });
}

/**
 * Points or tiers changed: those customers' loyalty, and the badges in lists and search results.
 * An empty list means many customers at once (a program change), so everything loyal refetches.
 */
export async function invalidateLoyalty(client: QueryClient, customerIds: readonly string[]): Promise<void> {
  const everyone = customerIds.length === 0;
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.customerListAll }),
    client.invalidateQueries({ queryKey: queryKeys.customerSearchAll }),
    ...(everyone
      ? [
          client.invalidateQueries({ queryKey: queryKeys.loyaltyStatusAll }),
          client.invalidateQueries({ queryKey: queryKeys.loyaltyLedgerAll }),
          client.invalidateQueries({ queryKey: queryKeys.loyaltyProgram }),
        ]
      : customerIds.flatMap((id) => [
          client.invalidateQueries({ queryKey: queryKeys.loyaltyStatus(id) }),
          client.invalidateQueries({ queryKey: queryKeys.loyaltyLedger(id) }),
        ])),
  ]);
}
