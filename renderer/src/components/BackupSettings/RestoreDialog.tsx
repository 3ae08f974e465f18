import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/channels/backups.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { useBackupText } from './backup-text.ts';
import { messages } from './BackupSettings.messages.ts';

interface RestoreDialogProps {
  backup: BackupInfo;
  onClose: () => void;
  /** Called once the restore has started; it ends in the background. */
  onStarted: () => void;
}

/** The second of the two clicks: says what will happen, and that it can be undone. */
export function RestoreDialog({ backup, onClose, onStarted }: RestoreDialogProps) {
  const m = useMessages(messages);
  const { describeBackup } = useBackupText();
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
    <Modal opened onClose={onClose} title={m.restoreTitle}>
      <Stack>
        <Text>{m.restoreExplain(describeBackup(backup))}</Text>
        <Text size="sm" c="dimmed">
          {m.restoreUndo}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button color="red" loading={starting} onClick={() => void restore()} data-autofocus>
            {m.restoreThisBackup}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
