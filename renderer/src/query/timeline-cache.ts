import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Interaction } from '../../../shared/domain/interaction.ts';
import { queryKeys } from './query-keys.ts';

type TimelinePages = InfiniteData<Interaction[], number | undefined>;

/**
 * Shows a logged, edited or restored entry at once in every cached timeline of its customer that
 * shows its kind (and takes it out of those that no longer do); the refetch the change event
 * triggers then confirms it.
 */
export function putInTimelines(client: QueryClient, interaction: Interaction): void {
  for (const query of client
    .getQueryCache()
    .findAll({ queryKey: queryKeys.interactionsOf(interaction.customerId) })) {
    const kinds = (query.queryKey[2] ?? []) as readonly string[];
    const shown = kinds.length === 0 || kinds.includes(interaction.kind);
    client.setQueryData<TimelinePages>(query.queryKey, (data) => {
      if (!data) return data;
      const pages = data.pages.map((page) => page.filter((entry) => entry.id !== interaction.id));
      if (shown) pages[0] = [interaction, ...(pages[0] ?? [])];
      return { ...data, pages };
    });
  }
}

/** Takes a deleted entry out of every cached timeline at once. */
export function removeFromTimelines(client: QueryClient, interaction: Interaction): void {
  client.setQueriesData<TimelinePages>(
    { queryKey: queryKeys.interactionsOf(interaction.customerId) },
    (data) =>
      data
        ? { ...data, pages: data.pages.map((page) => page.filter((entry) => entry.id !== interaction.id)) }
        : data,
  );
}
