import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/imports.ts';

const POLL_MS = 150;

/**
 * Follows a background job in the core: asks for its progress until it is no longer running.
 * `jobId` null means no job; the last status stays until the id changes.
 */
export function usePolledJob<S extends JobProgress>(
  jobId: string | null,
  fetchStatus: (jobId: string) => Promise<S>,
) {
  const [status, setStatus] = useState<S | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [polled, setPolled] = useState<string | null>(null);

  // A new job starts with a clean slate (reset during render, not in an effect).
  if (polled !== jobId) {
    setPolled(jobId);
    setStatus(null);
    setFailure(null);
  }

  useEffect(() => {
    if (jobId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const next = await fetchStatus(jobId);
        if (stopped) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (error) {
        if (!stopped) setFailure(error instanceof Error ? error.message : String(error));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // fetchStatus is a fresh arrow each render; the job id is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);

  return { status, failure };
}
