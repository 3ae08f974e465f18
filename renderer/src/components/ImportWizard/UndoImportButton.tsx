import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { messages } from './ImportWizard.messages.ts';

/** Takes a whole import back in one step; refused (with the reason) when its customers changed since. */
export function UndoImportButton({
  importId,
  onUndone,
  label,
}: {
  importId: string;
  onUndone?: () => void;
  label?: string;
}) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      const result = await call('imports:undo', { importId });
      notifyDone(
        m.importUndone(result.removedCustomers, result.removedInteractions, result.restoredCustomers),
      );
      await client.invalidateQueries();
      onUndone?.();
    } catch (error) {
      notifyFailed(error, m.couldNotUndo);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" color="red" loading={busy} onClick={() => void undo()}>
      {label ?? m.undoThisImport}
    </Button>
  );
}
