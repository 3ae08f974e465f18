import type { QueryClient } from '@tanstack/react-query';
import { insightsKeys, queryKeys } from './query-keys.ts';

/** Lists and search results show names and last visits, so any change to a customer touches them all. */
export async function invalidateCustomers(client: QueryClient, ids: readonly string[]): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.customerListAll }),
    client.invalidateQueries({ queryKey: queryKeys.customerSearchAll }),
    // The trash and the duplicate pairs are views of the same customers.
    client.invalidateQueries({ queryKey: queryKeys.trashAll }),
    client.invalidateQueries({ queryKey: queryKeys.duplicatesListAll }),
    client.invalidateQueries({ queryKey: queryKeys.duplicatesCheckAll }),
    // Dashboard figures, charts and segment counts are views of them as well.
    ...insightsKeys.map((queryKey) => client.invalidateQueries({ queryKey })),
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.customer(id) })),
    // A customer's timeline changes with them too (a merge moves entries, a restore brings them back).
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.interactionsOf(id) })),
    // Points and tiers follow the interactions (and a merge or a restore).
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.loyaltyStatus(id) })),
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.loyaltyLedger(id) })),
    ...ids.map((id) => client.invalidateQueries({ queryKey: queryKeys.consentHistory(id) })),
    // Every change to a customer is an entry of the audit trail.
    client.invalidateQueries({ queryKey: queryKeys.auditAll }),
  ]);
}
