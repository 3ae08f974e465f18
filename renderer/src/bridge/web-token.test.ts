import { describe, expect, it, vi } from 'vitest';
import { TOKEN_STORAGE_KEY } from '../../../shared/ipc/web-protocol.ts';
import { takeToken } from './web-token.ts';

function environment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [[TOKEN_STORAGE_KEY, stored]]);
  return {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: vi.fn() },
    storage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    stored: () => storage.get(TOKEN_STORAGE_KEY),
  };
}

describe('takeToken', () => {
  it('moves the token from the link into sessionStorage and out of the address bar', () => {
    const env = environment('#token=s3cret');
    expect(takeToken(env)).toBe('s3cret');
    expect(env.stored()).toBe('s3cret');
    expect(env.history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('finds the stored token after a reload, when the link has no token any more', () => {
    const env = environment('#/customers', 'kept');
    expect(takeToken(env)).toBe('kept');
    expect(env.history.replaceState).not.toHaveBeenCalled();
  });

  it('has no token when neither the link nor the session has one', () => {
    expect(takeToken(environment(''))).toBeNull();
  });
});
