import { useQuery } from '@tanstack/react-query';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

/** The owner's custom fields in their order; archived ones only where Settings asks for them. */
export function useCustomFields(includeArchived = false) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.customFields(includeArchived),
    queryFn: () => call('customFields:list', { includeArchived }),
  });
}
