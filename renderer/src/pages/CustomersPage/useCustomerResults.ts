import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { CustomerFilter, CustomerSort } from '../../../../shared/domain/customer-query.ts';
import type { CustomerSummary } from '../../../../shared/domain/customer.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';

const PAGE_SIZE = 100;

/** How the list is browsed when nothing is searched: all of it is evaluated in SQLite. */
export interface BrowseQuery {
  sort: CustomerSort;
  direction: 'asc' | 'desc';
  filter: CustomerFilter;
}
/** The most a search returns (the contract's maximum): past that, typing more narrows it down. */
export const SEARCH_LIMIT = 100;

export interface CustomerResults {
  customers: CustomerSummary[];
  /** Every customer when browsing; the matches (at most SEARCH_LIMIT) when searching. */
  total: number;
  isPending: boolean;
  error: Error | null;
  loadMore: () => void;
}

/** Browses all customers page by page when the query is empty, and searches in SQLite when it is not. */
export function useCustomerResults(query: string, browse: BrowseQuery): CustomerResults {
  const call = useCall();
  const searching = query !== '';

  const pages = useInfiniteQuery({
    queryKey: queryKeys.customerListPages(browse),
    queryFn: ({ pageParam }) => call('customers:list', { ...browse, limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((count, page) => count + page.items.length, 0);
      return last.items.length > 0 && loaded < last.total ? loaded : undefined;
    },
    enabled: !searching,
    // A new sort or filter keeps the old rows on screen until the new first page arrives.
    placeholderData: keepPreviousData,
  });

  const search = useQuery({
    queryKey: queryKeys.customerSearch(query),
    queryFn: () => call('customers:search', { query, limit: SEARCH_LIMIT }),
    enabled: searching,
    // The previous matches stay on screen while the next keystroke's arrive, instead of flashing empty.
    placeholderData: keepPreviousData,
  });

  if (searching) {
    return {
      customers: search.data ?? [],
      total: search.data?.length ?? 0,
      isPending: search.isPending,
      error: search.error,
      loadMore: () => undefined,
    };
  }
  return {
    customers: pages.data?.pages.flatMap((page) => page.items) ?? [],
    total: pages.data?.pages[0]?.total ?? 0,
    isPending: pages.isPending,
    error: pages.error,
    loadMore: () => {
      if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
    },
  };
}
