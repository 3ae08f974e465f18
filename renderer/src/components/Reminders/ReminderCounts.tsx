import { Button, Group } from '@mantine/core';
import { REMINDER_KINDS, type ReminderKind } from '../../../../shared/domain/reminders.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useReminderKindLabels } from './reminder-labels.ts';
import { messages } from './Reminders.messages.ts';

interface ReminderCountsProps {
  total: number;
  counts: Record<ReminderKind, number>;
  selected: ReminderKind | undefined;
  onSelect: (kind: ReminderKind | undefined) => void;
}

/** How many customers of each kind, at the top; pressing one shows only those. */
export function ReminderCounts({ total, counts, selected, onSelect }: ReminderCountsProps) {
  const m = useMessages(messages);
  const KIND_LABELS = useReminderKindLabels();
  return (
    <Group gap="xs" role="group" aria-label={m.showOnly}>
      <Button
        size="compact-sm"
        variant={selected === undefined ? 'filled' : 'light'}
        aria-pressed={selected === undefined}
        onClick={() => onSelect(undefined)}
      >
        {m.all(total)}
      </Button>
      {REMINDER_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
        <Button
          key={kind}
          size="compact-sm"
          color={KIND_LABELS[kind].color}
          variant={selected === kind ? 'filled' : 'light'}
          aria-pressed={selected === kind}
          onClick={() => onSelect(selected === kind ? undefined : kind)}
        >
          {KIND_LABELS[kind].many} {counts[kind]}
        </Button>
      ))}
    </Group>
  );
}
