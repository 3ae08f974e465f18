import { QueryClient } from '@tanstack/react-query';
import { AppCallError } from '../bridge/call.ts';

/** Errors the user has to fix (or a missing record) stay the same on a retry; only glitches are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof AppCallError && error.code !== 'internal') return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data only changes through this app, and main says when (see useChangeEvents).
      queries: { staleTime: Infinity, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
