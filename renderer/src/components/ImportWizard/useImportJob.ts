import { useState } from 'react';
import type { ImportOptionsInput } from '../../../../shared/domain/imports.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { usePolledJob } from '../JobProgress/usePolledJob.ts';
import { messages } from './ImportWizard.messages.ts';

/** Starts an import (or its dry run) in the core and follows it until it ends. */
export function useImportJob() {
  const m = useMessages(messages);
  const call = useCall();
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const { status, failure } = usePolledJob(jobId, (id) => call('imports:status', { jobId: id }));

  const start = async (uploadId: string, options: ImportOptionsInput) => {
    setStartError(null);
    setJobId(null);
    try {
      setJobId((await call('imports:start', { uploadId, options })).jobId);
    } catch (error) {
      setStartError(error instanceof Error ? error.message : String(error));
    }
  };
  const cancel = async () => {
    if (jobId) await call('imports:cancel', { jobId });
  };
  const reset = () => {
    setJobId(null);
    setStartError(null);
  };
  const error =
    startError ?? failure ?? (status?.state === 'failed' ? (status.error?.message ?? m.importFailed) : null);
  return { jobId, status, error, errorField: status?.error?.field, start, cancel, reset };
}
