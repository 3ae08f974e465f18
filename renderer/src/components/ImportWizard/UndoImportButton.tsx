import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';

/** Takes a whole import back in one step; refused (with the reason) when its customers changed since. */
export function UndoImportButton({
  importId,
  onUndone,
  label = 'Undo this import',
}: {
  importId: string;
  onUndone?: () => void;
  label?: string;
}) {
  const call = useCall();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      const result = await call('imports:undo', { importId });
      notifyDone(
        `Import undone: ${result.removedCustomers} customers and ${result.removedInteractions} purchases or visits removed, ${result.restoredCustomers} customers restored.`,
      );
      await client.invalidateQueries();
      onUndone?.();
    } catch (error) {
      notifyFailed(error, 'Could not undo the import');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" color="red" loading={busy} onClick={() => void undo()}>
      {label}
    </Button>
  );
}
