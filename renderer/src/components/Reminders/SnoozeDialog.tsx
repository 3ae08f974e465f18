import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { addDays } from './reminder-labels.ts';

interface SnoozeDialogProps {
  opened: boolean;
  name: string;
  today: string;
  onClose: () => void;
  snooze: (until: string) => Promise<void>;
}

/** "Until when?": any day from tomorrow to a year ahead; the core checks the same limits. */
export function SnoozeDialog({ opened, name, today, onClose, snooze }: SnoozeDialogProps) {
  const [until, setUntil] = useState(() => addDays(today, 3));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const min = addDays(today, 1);
  const max = addDays(today, 366);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return setError('Choose a date');
    if (until < min || until > max) return setError(`Choose a date from ${min} to ${max}`);
    setSaving(true);
    try {
      await snooze(until);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Snooze ${name}`}>
      <form noValidate aria-label={`Snooze ${name}`} onSubmit={(event) => void onSubmit(event)}>
        <Stack>
          <TextInput
            type="date"
            label="Back on Today on"
            data-autofocus
            min={min}
            max={max}
            value={until}
            error={error}
            onChange={(event) => {
              setUntil(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group>
            <Button type="submit" loading={saving}>
              Snooze
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
