import { TOKEN_HASH_PARAM, TOKEN_STORAGE_KEY } from '../../../shared/ipc/web-protocol.ts';

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Moves the token from the link's fragment (#token=…) into sessionStorage and out of the address
 * bar, so it is neither bookmarked nor seen by the hash router; a reload then finds it in storage.
 */
export function takeToken({ location, history, storage }: TokenEnvironment): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromLink = fragment.get(TOKEN_HASH_PARAM);
  if (fromLink) {
    storage.setItem(TOKEN_STORAGE_KEY, fromLink);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromLink;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
