import { Button, Group } from '@mantine/core';
import { REMINDER_KINDS, type ReminderKind } from '../../../../shared/domain/reminders.ts';
import { KIND_LABELS } from './reminder-labels.ts';

interface ReminderCountsProps {
  total: number;
  counts: Record<ReminderKind, number>;
  selected: ReminderKind | undefined;
  onSelect: (kind: ReminderKind | undefined) => void;
}

/** How many customers of each kind, at the top; pressing one shows only those. */
export function ReminderCounts({ total, counts, selected, onSelect }: ReminderCountsProps) {
  return (
    <Group gap="xs" role="group" aria-label="Show only">
      <Button
        size="compact-sm"
        variant={selected === undefined ? 'filled' : 'light'}
        aria-pressed={selected === undefined}
        onClick={() => onSelect(undefined)}
      >
        All {total}
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
