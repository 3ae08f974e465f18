import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';

interface FollowUpDialogProps {
  opened: boolean;
  name: string;
  onClose: () => void;
  done: (note: string) => Promise<void>;
}

/** Done, and a follow-up on the customer's timeline saying what was said. */
export function FollowUpDialog({ opened, name, onClose, done }: FollowUpDialogProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.length > 2000) return setError('Note must be at most 2000 characters');
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
    <Modal opened={opened} onClose={onClose} title={`Follow-up with ${name}`}>
      <form noValidate aria-label={`Follow-up with ${name}`} onSubmit={(event) => void onSubmit(event)}>
        <Stack>
          <Textarea
            label="What was said"
            description="Logged as a follow-up on the customer's timeline"
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
              Log and mark done
            </Button>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
