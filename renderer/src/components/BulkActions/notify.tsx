import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';
import { notifyMessages } from './BulkActions.messages.ts';

let sequence = 0;

/** Notifications are shown from plain functions: they word their defaults in the language on screen. */
const words = () => pickLanguage(notifyMessages, currentLanguage());

/** A short confirmation of something that went well; read out politely, never interrupting. */
export function notifyDone(message: string, title?: string): void {
  notifications.show({ title, message, color: 'teal', role: 'status' });
}

export function notifyFailed(error: unknown, title = words().failedTitle): void {
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
export function offerUndo({ message, undoLabel = words().undo, undo }: UndoOffer): void {
  sequence += 1;
  const id = `undo-${sequence}`;
  const run = async () => {
    notifications.hide(id);
    try {
      notifyDone(await undo());
    } catch (error) {
      notifyFailed(error, words().couldNotUndo);
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
