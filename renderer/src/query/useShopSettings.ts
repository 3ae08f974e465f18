import { useQuery } from '@tanstack/react-query';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

export function useShopSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}) });
}
