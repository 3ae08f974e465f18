import { useQuery } from '@tanstack/react-query';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

/** A customer with their timeline, as the customer page and the edit page both need it. */
export function useCustomerProfile(id: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.customer(id), queryFn: () => call('customers:get', { id }) });
}
