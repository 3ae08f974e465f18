import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages.ts';
import { addDays } from './reminder-labels.ts';
import { messages } from './Reminders.messages.ts';

interface SnoozeDialogProps {
  opened: boolean;
  name: string;
  today: string;
  onClose: () => void;
  snooze: (until: string) => Promise<void>;
}

/** "Until when?": any day from tomorrow to a year ahead; the core checks the same limits. */
export function SnoozeDialog({ opened, name, today, onClose, snooze }: SnoozeDialogProps) {
  const m = useMessages(messages);
  const [until, setUntil] = useState(() => addDays(today, 3));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const min = addDays(today, 1);
  const max = addDays(today, 366);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return setError(m.chooseADate);
    if (until < min || until > max) return setError(m.chooseADateBetween(min, max));
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
    <Modal opened={opened} onClose={onClose} title={m.snoozeName(name)}>
      <form noValidate aria-label={m.snoozeName(name)} onSubmit={(event) => void onSubmit(event)}>
        <Stack>
          <TextInput
            type="date"
            label={m.backOnTodayOn}
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
              {m.snooze}
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
