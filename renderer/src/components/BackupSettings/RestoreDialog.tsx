import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/channels/backups.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { describeBackup } from './backup-text.ts';

interface RestoreDialogProps {
  backup: BackupInfo;
  onClose: () => void;
  /** Called once the restore has started; it ends in the background. */
  onStarted: () => void;
}

/** The second of the two clicks: says what will happen, and that it can be undone. */
export function RestoreDialog({ backup, onClose, onStarted }: RestoreDialogProps) {
  const call = useCall();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const restore = async () => {
    setStarting(true);
    setError(null);
    try {
      await call('backups:restore', { file: backup.file });
      onStarted();
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Restore this backup?">
      <Stack>
        <Text>Regulars will replace the data it has now with the backup of {describeBackup(backup)}.</Text>
        <Text size="sm" c="dimmed">
          What it has now is kept as a backup first, so you can undo this from the same list.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={starting} onClick={() => void restore()} data-autofocus>
            Restore this backup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
