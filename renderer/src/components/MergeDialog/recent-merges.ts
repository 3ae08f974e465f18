import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Call } from '../../bridge/call.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { offerUndo } from '../BulkActions/notify.tsx';
import { messages } from './MergeDialog.messages.ts';

/** Said from plain functions (and an undo in a notification): in the language on screen. */
const words = () => pickLanguage(messages, currentLanguage());

export interface RecentMerge {
  mergeId: string;
  keptId: string;
  keptName: string;
  otherName: string;
}

/** Merges made in this session, newest first: the Duplicates page keeps offering their undo. */
export function useRecentMerges(): RecentMerge[] {
  const { data } = useQuery({
    queryKey: queryKeys.recentMerges,
    // Nothing to fetch: the list lives only in this cache, filled by rememberMerge.
    queryFn: () => [] as RecentMerge[],
    initialData: [] as RecentMerge[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return data;
}

function setRecent(client: QueryClient, update: (merges: RecentMerge[]) => RecentMerge[]): void {
  client.setQueryData<RecentMerge[]>(queryKeys.recentMerges, (merges = []) => update(merges));
}

/** Takes a merge back exactly (both customers as they were) and forgets it. */
export async function undoRecentMerge(call: Call, client: QueryClient, merge: RecentMerge): Promise<string> {
  await call('customers:undoMerge', { mergeId: merge.mergeId });
  setRecent(client, (merges) => merges.filter((item) => item.mergeId !== merge.mergeId));
  return words().mergeUndone(merge.keptName, merge.otherName);
}

/** Remembers a merge just made and offers its undo at once. */
export function rememberMerge(call: Call, client: QueryClient, merge: RecentMerge): void {
  setRecent(client, (merges) => [merge, ...merges].slice(0, 5));
  offerUndo({
    message: words().merged(merge.otherName, merge.keptName),
    undoLabel: words().undoMerge,
    undo: () => undoRecentMerge(call, client, merge),
  });
}
