import { useState } from 'react';
import type { Call } from '../../bridge/call.ts';
import type { BrowseQuery } from './useCustomerResults.ts';

/** The contract's largest page: selecting 100,000 customers takes 200 calls, not 1,000. */
const ID_PAGE = 500;

/** Every customer id the list shows for this sort and filter, not only the rows loaded so far. */
export async function fetchMatchingIds(call: Call, browse: BrowseQuery): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const page = await call('customers:list', { ...browse, limit: ID_PAGE, offset: ids.length });
    ids.push(...page.items.map((item) => item.id));
    if (page.items.length < ID_PAGE || ids.length >= page.total) return ids;
  }
}

const NOTHING: ReadonlySet<string> = new Set();

export interface CustomerSelection {
  ids: ReadonlySet<string>;
  isSelected: (id: string) => boolean;
  toggle: (id: string, selected: boolean) => void;
  /** Replaces the selection with everything `loadIds` finds; a scope change meanwhile discards it. */
  selectAll: (loadIds: () => Promise<string[]>) => Promise<void>;
  selectingAll: boolean;
  clear: () => void;
}

/**
 * Checked customers, belonging to one search or filter (`scope`): changing what the list shows
 * starts a fresh selection, so a bulk action never touches customers the user no longer sees.
 */
export function useCustomerSelection(scope: string): CustomerSelection {
  const [state, setState] = useState({ scope, ids: NOTHING, selectingAll: false });
  const current = state.scope === scope ? state : { scope, ids: NOTHING, selectingAll: false };

  return {
    ids: current.ids,
    isSelected: (id) => current.ids.has(id),
    toggle: (id, selected) => {
      const ids = new Set(current.ids);
      if (selected) ids.add(id);
      else ids.delete(id);
      setState({ scope, ids, selectingAll: false });
    },
    selectAll: async (loadIds) => {
      setState({ scope, ids: current.ids, selectingAll: true });
      try {
        const ids = new Set(await loadIds());
        setState((latest) => (latest.scope === scope ? { scope, ids, selectingAll: false } : latest));
      } catch (error) {
        setState((latest) => (latest.scope === scope ? { ...latest, selectingAll: false } : latest));
        throw error;
      }
    },
    selectingAll: current.selectingAll,
    clear: () => setState({ scope, ids: NOTHING, selectingAll: false }),
  };
}
