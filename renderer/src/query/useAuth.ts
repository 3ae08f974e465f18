import { useQuery } from '@tanstack/react-query';
import type { AuthStatus } from '../../../shared/domain/auth.ts';
import type { Permission } from '../../../shared/domain/permissions.ts';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

/** How often the lock state is re-read, so an idle counter locks on screen soon after the core locked it. */
const STATUS_POLL_MS = 15_000;

/** Who is signed in and what they may do; refetched on auth:changed and every few seconds. */
export function useAuthStatus() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.authStatus,
    queryFn: () => call('auth:status', {}),
    refetchInterval: STATUS_POLL_MS,
  });
}

/**
 * Whether the signed-in person may do this, to hide what they cannot. Only a courtesy: the core
 * refuses it anyway (main/core/api/access.ts). The app shows nothing before the status is known
 * (SessionGate), so "not known yet" counts as allowed rather than making buttons flicker in.
 */
export function mayDo(status: AuthStatus | undefined, permissions: readonly Permission[]): boolean {
  if (status === undefined || status.actor?.role === 'owner') return true;
  return permissions.some((permission) => status.permissions.includes(permission));
}

export function useCan(permission: Permission): boolean {
  return mayDo(useAuthStatus().data, [permission]);
}

export function useIsOwner(): boolean {
  return useAuthStatus().data?.actor?.role === 'owner';
}

export function useSignInOptions() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.signInOptions, queryFn: () => call('auth:signInOptions', {}) });
}
