import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';

export function useDemoStatus() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.demoStatus, queryFn: () => call('demo:status', {}) });
}

/** Loading or removing the demo changes every list in the app: everything is fetched again. */
export function useDemoAction(channel: 'demo:create' | 'demo:remove') {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(channel, {}),
    onSuccess: () => client.invalidateQueries(),
  });
}
