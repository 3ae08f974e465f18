import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './TrashPage.messages.ts';

export type PurgeTarget = { kind: 'one'; id: string; name: string } | { kind: 'all'; count: number };

interface PurgeConfirmModalProps {
  target: PurgeTarget;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Erasing cannot be undone, so it is asked once more, saying exactly what goes. */
export function PurgeConfirmModal({ target, onConfirm, onClose }: PurgeConfirmModalProps) {
  const m = useMessages(messages);
  const [busy, setBusy] = useState(false);
  const one = target.kind === 'one';
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={one ? m.deleteForeverQuestion(target.name) : m.emptyTrashQuestion}>
      <Stack>
        <Text>{one ? m.oneGoes : m.allGo(target.count)}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
            {one ? m.deleteForever : m.emptyTrash}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
