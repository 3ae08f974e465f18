import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.ts';

/** Lists and search results show names and last visits, so any change to a customer touches them all. */
export async function invalidateCustomers(client: QueryClient, ids: readonly string[]): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.customerListAll }),
    client.invalidateQueries({ queryKey: queryKeys.customerSearchAll }),
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.customer(id) })),
  ]);
}
