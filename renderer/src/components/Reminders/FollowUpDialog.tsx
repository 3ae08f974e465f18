import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './Reminders.messages.ts';

interface FollowUpDialogProps {
  opened: boolean;
  name: string;
  onClose: () => void;
  done: (note: string) => Promise<void>;
}

/** Done, and a follow-up on the customer's timeline saying what was said. */
export function FollowUpDialog({ opened, name, onClose, done }: FollowUpDialogProps) {
  const m = useMessages(messages);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.length > 2000) return setError(m.noteTooLong);
    setSaving(true);
    try {
      await done(note.trim());
      setNote('');
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={m.followUpWith(name)}>
      <form noValidate aria-label={m.followUpWith(name)} onSubmit={(event) => void onSubmit(event)}>
        <Stack>
          <Textarea
            label={m.whatWasSaid}
            description={m.loggedAsFollowUp}
            data-autofocus
            autosize
            minRows={3}
            value={note}
            error={error}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group>
            <Button type="submit" loading={saving}>
              {m.logAndMarkDone}
            </Button>
            <Button variant="default" onClick={onClose}>
              {m.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
