import { useInfiniteQuery } from '@tanstack/react-query';
import type { Interaction, InteractionKind } from '../../../shared/domain/interaction.ts';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

/** The customer page's first load holds this many entries too (customers:get). */
export const TIMELINE_PAGE = 200;

/**
 * One customer's timeline, newest first, a page at a time; only `kinds` when not empty.
 * @param firstPage The entries customers:get already brought, so opening a customer costs one call.
 */
export function useTimeline(
  customerId: string,
  kinds: readonly InteractionKind[],
  firstPage: Interaction[] | undefined,
) {
  const call = useCall();
  return useInfiniteQuery({
    queryKey: queryKeys.interactions(customerId, kinds),
    queryFn: ({ pageParam }) =>
      call('interactions:list', {
        customerId,
        kinds: [...kinds],
        limit: TIMELINE_PAGE,
        ...(pageParam === undefined ? {} : { before: pageParam }),
      }),
    initialPageParam: undefined as number | undefined,
    // A short page is the last one. Entries sharing the boundary's exact millisecond would be
    // skipped by `before`; logged one by one at the counter, they do not.
    getNextPageParam: (last) => (last.length < TIMELINE_PAGE ? undefined : last.at(-1)?.occurredAt),
    // While another filter loads, the entries shown stay; but never another customer's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === customerId ? previous : undefined,
    initialData:
      kinds.length === 0 && firstPage ? { pages: [firstPage], pageParams: [undefined] } : undefined,
  });
}
