import { useEffect, useRef } from 'react';
import type { BackupStatus } from '../../../../shared/ipc/channels/backups.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { messages } from './BackupSettings.messages.ts';

type Outcome = BackupStatus['lastOutcome'];

/**
 * A backup or restore runs in the background after the call that started it has answered; this
 * says how it ended once the status shows it is over. `watch()` is called when the user starts one.
 */
export function useJobOutcome(status: BackupStatus | undefined): { watch: () => void } {
  const m = useMessages(messages);
  const waiting = useRef<{ before: Outcome } | null>(null);
  useEffect(() => {
    const pending = waiting.current;
    if (!pending || !status || status.running !== null) return;
    const outcome = status.lastOutcome;
    if (
      !outcome ||
      (pending.before && pending.before.at === outcome.at && pending.before.message === outcome.message)
    ) {
      return;
    }
    waiting.current = null;
    if (outcome.ok) notifyDone(outcome.message);
    else
      notifyFailed(new Error(outcome.message), outcome.job === 'backup' ? m.backupFailed : m.restoreFailed);
  }, [status, m]);
  return {
    watch: () => {
      waiting.current = { before: status?.lastOutcome ?? null };
    },
  };
}
