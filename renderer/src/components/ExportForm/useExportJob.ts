import { useEffect, useRef, useState } from 'react';
import type { ExportFile, ExportRequest } from '../../../../shared/domain/exports.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { base64ToBytes, downloadFile } from '../Download/download.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { usePolledJob } from '../JobProgress/usePolledJob.ts';
import { messages } from './ExportForm.messages.ts';

/**
 * Runs an export in the core with progress; when it is done, fetches the file in pieces and
 * hands it to the browser as a download.
 */
export function useExportJob(onDownloaded: (file: ExportFile) => void) {
  const m = useMessages(messages);
  const call = useCall();
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [fetchError, setFetchError] = useState<string | null>(null);
  const { status, failure } = usePolledJob(jobId, (id) => call('exports:status', { jobId: id }));
  const fetched = useRef<string | null>(null);
  const done = useRef(onDownloaded);
  useEffect(() => {
    done.current = onDownloaded;
  });

  const file = status?.state === 'done' ? status.file : null;
  useEffect(() => {
    if (!file || !jobId || fetched.current === jobId) return;
    fetched.current = jobId;
    const fetchAll = async () => {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for (let index = 0; index < file.chunks; index++)
        parts.push(base64ToBytes((await call('exports:chunk', { jobId, index })).data));
      downloadFile(parts, file.fileName, file.mimeType);
      done.current(file);
    };
    fetchAll().catch((error: unknown) =>
      setFetchError(error instanceof Error ? error.message : String(error)),
    );
  }, [call, file, jobId]);

  const start = async (request: ExportRequest) => {
    setStartError(null);
    setFetchError(null);
    try {
      setJobId((await call('exports:start', request)).jobId);
    } catch (error) {
      setStartError(error instanceof Error ? error.message : String(error));
    }
  };
  const cancel = async () => {
    if (jobId) await call('exports:cancel', { jobId });
  };
  const error =
    startError ??
    failure ??
    fetchError ??
    (status?.state === 'failed' ? (status.error?.message ?? m.exportFailed) : null);
  return { status, error, start, cancel };
}
