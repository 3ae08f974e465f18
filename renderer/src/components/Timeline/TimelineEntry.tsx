import { Badge, Button, Group, Text } from '@mantine/core';
import type { Interaction } from '../../../../shared/domain/interaction.ts';
import type { Staff } from '../../../../shared/domain/staff.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { formatMoney } from '../../format/money.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { StaffStamp } from '../StaffPicker/StaffAvatar.tsx';
import { messages } from './Timeline.messages.ts';
import classes from './Timeline.module.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "CSAT 4/5 · NPS 9/10": only the questions that were answered. */
function answersText({ csat, nps, ces }: Interaction): string {
  return [
    csat === null ? null : `CSAT ${csat}/5`,
    nps === null ? null : `NPS ${nps}/10`,
    ces === null ? null : `CES ${ces}/7`,
  ]
    .filter(Boolean)
    .join(' · ');
}

interface TimelineEntryProps {
  interaction: Interaction;
  staff: Staff | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

export function TimelineEntry({ interaction, staff, onEdit, onDelete }: TimelineEntryProps) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const answers = answersText(interaction);
  return (
    <li className={classes.item}>
      <Text size="sm" component="time" dateTime={new Date(interaction.occurredAt).toISOString()}>
        {timeFormat.format(interaction.occurredAt)}
      </Text>
      <Group gap="sm" wrap="wrap">
        <Badge variant="light">{KIND_LABELS[interaction.kind]}</Badge>
        {interaction.amountMinor !== null && (
          <Text size="sm" fw={600}>
            {formatMoney(interaction.amountMinor)}
          </Text>
        )}
        {staff && <StaffStamp staff={staff} />}
      </Group>
      <Group gap={4} wrap="nowrap" className={classes.actions}>
        <Button size="compact-sm" variant="subtle" onClick={onEdit}>
          {m.edit}
        </Button>
        <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete}>
          {m.delete}
        </Button>
      </Group>
      {interaction.note && (
        <Text size="sm" className={classes.detail}>
          {interaction.note}
        </Text>
      )}
      {answers && (
        <Text size="sm" c="dimmed" className={classes.detail}>
          {answers}
        </Text>
      )}
    </li>
  );
}
