import type { QueryClient } from '@tanstack/react-query';
import type { Customer } from '../../../shared/domain/customer.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { queryKeys } from './query-keys.ts';

/** Shows a saved customer at once, before the refetch that the change event triggers. */
export function updateCachedCustomer(client: QueryClient, customer: Customer): void {
  client.setQueryData<ChannelOutput<'customers:get'>>(queryKeys.customer(customer.id), (profile) =>
    profile ? { ...profile, customer } : undefined,
  );
}
