import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

export type PurgeTarget = { kind: 'one'; id: string; name: string } | { kind: 'all'; count: number };

interface PurgeConfirmModalProps {
  target: PurgeTarget;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Erasing cannot be undone, so it is asked once more, saying exactly what goes. */
export function PurgeConfirmModal({ target, onConfirm, onClose }: PurgeConfirmModalProps) {
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
    <Modal opened onClose={onClose} title={one ? `Delete ${target.name} forever?` : 'Empty the trash?'}>
      <Stack>
        <Text>
          {one
            ? 'Their details and their whole history are erased from this computer. This cannot be undone.'
            : `All ${target.count === 1 ? '1 customer' : `${target.count} customers`} in the trash, with their whole history, are erased from this computer. This cannot be undone.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
            {one ? 'Delete forever' : 'Empty trash'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
