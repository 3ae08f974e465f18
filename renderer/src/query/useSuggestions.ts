import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Bridge } from '../../../shared/ipc/contract.ts';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

export function useTodaySuggestions(limit: number) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.suggestionsToday(limit),
    queryFn: () => call('suggestions:today', { limit }),
    placeholderData: keepPreviousData,
    // While the app prepares the list, ask again every second too: 'suggestions:ready' can come
    // before a browser window's event stream is connected.
    refetchInterval: (query) => (query.state.data?.preparing === true ? 1000 : 5 * 60_000),
  });
}

export function useCustomerSuggestions(customerId: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.customerSuggestions(customerId),
    queryFn: () => call('suggestions:customer', { customerId }),
  });
}

export function useSuggestionSettings() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.suggestionSettings,
    queryFn: () => call('suggestions:settings', {}),
  });
}

export function useSuggestionOutcomes() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.suggestionOutcomes,
    queryFn: () => call('suggestions:outcomes', {}),
  });
}

/** Suggestions read visits, customers, loyalty, staff, settings and reminders: any change refetches them. */
export function watchSuggestionEvents(bridge: Bridge, client: QueryClient): () => void {
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.suggestionsAll });
  const offs = [
    bridge.on('interactions:changed', refresh),
    bridge.on('customers:changed', refresh),
    bridge.on('loyalty:changed', refresh),
    bridge.on('staff:changed', refresh),
    bridge.on('reminders:changed', refresh),
    bridge.on('settings:changed', refresh),
    bridge.on('suggestions:ready', refresh),
  ];
  return () => offs.forEach((off) => off());
}
