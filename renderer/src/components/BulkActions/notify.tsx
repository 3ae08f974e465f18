import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

let sequence = 0;

/** A short confirmation of something that went well; read out politely, never interrupting. */
export function notifyDone(message: string, title?: string): void {
  notifications.show({ title, message, color: 'teal', role: 'status' });
}

export function notifyFailed(error: unknown, title = 'That did not work'): void {
  notifications.show({
    title,
    message: error instanceof Error ? error.message : String(error),
    color: 'red',
    role: 'alert',
    autoClose: false,
  });
}

interface UndoOffer {
  message: string;
  /** The button's text: "Undo", or "Undo merge" where plain "Undo" would be ambiguous. */
  undoLabel?: string;
  /** Reverts the change; resolves to the confirmation to show. */
  undo: () => Promise<string>;
}

/**
 * Says what just happened and offers to take it back. Rendered outside the router, so the undo
 * callback must not rely on router hooks; callers capture `navigate` beforehand when they need it.
 */
export function offerUndo({ message, undoLabel = 'Undo', undo }: UndoOffer): void {
  sequence += 1;
  const id = `undo-${sequence}`;
  const run = async () => {
    notifications.hide(id);
    try {
      notifyDone(await undo());
    } catch (error) {
      notifyFailed(error, 'Could not undo');
    }
  };
  notifications.show({
    id,
    color: 'teal',
    role: 'status',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void run()}>
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}
