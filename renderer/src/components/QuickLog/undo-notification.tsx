import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { messages } from './QuickLog.messages.ts';

let counter = 0;

interface UndoOffer {
  /** What just happened: "Visit logged". */
  message: string;
  /** Reverses it; its error is shown if it fails. */
  undo: () => Promise<unknown>;
  /** Said once the undo went through: "Visit removed". */
  undone: string;
}

/** A notification saying what was done, with an Undo button, for as long as notifications stay. */
export function offerUndo({ message, undo, undone }: UndoOffer): void {
  counter += 1;
  const id = `undo-${counter}`;
  const m = pickLanguage(messages, currentLanguage());
  const onUndo = async () => {
    notifications.hide(id);
    try {
      await undo();
      notifications.show({ message: undone });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: m.couldNotUndo,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  notifications.show({
    id,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void onUndo()}>
          {m.undo}
        </Button>
      </Group>
    ),
  });
}
