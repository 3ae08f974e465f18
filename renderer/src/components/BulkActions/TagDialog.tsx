import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { tagSchema } from '../../../../shared/domain/customer.ts';
import { fieldMessage } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './BulkActions.messages.ts';

export type TagAction = 'add' | 'remove';

interface TagDialogProps {
  action: TagAction | null;
  count: number;
  onClose: () => void;
  onSubmit: (tag: string, action: TagAction) => Promise<void>;
}

/** Asks which tag to add to (or remove from) the selected customers. */
export function TagDialog({ action, count, onClose, onSubmit }: TagDialogProps) {
  const m = useMessages(messages);
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verb = action === 'remove' ? m.removeTag : m.addTag;

  const close = () => {
    setTag('');
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const parsed = tagSchema.safeParse(tag);
    if (!parsed.success) {
      setError(fieldMessage(m.tag, parsed.error.issues[0]?.message ?? m.notValid));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data, action);
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action === 'remove' ? m.removeTagFrom(count) : m.addTagTo(count)}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={m.tag}
            data-autofocus
            maxLength={40}
            value={tag}
            error={error}
            onChange={(event) => {
              setTag(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {verb}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
