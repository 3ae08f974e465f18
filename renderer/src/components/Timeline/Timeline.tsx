import { Badge, Text } from '@mantine/core';
import type { Interaction } from '../../../../shared/domain/interaction.ts';
import { formatDateTime } from '../../format/dates.ts';
import { KIND_LABELS } from '../../format/interaction-kinds.ts';
import { formatMoney } from '../../format/money.ts';
import classes from './Timeline.module.css';

/** Newest first; entries logged at the same moment keep the order they were logged in. */
function newestFirst(interactions: readonly Interaction[]): Interaction[] {
  return [...interactions].sort((a, b) => b.occurredAt - a.occurredAt || b.createdAt - a.createdAt);
}

export function Timeline({ interactions }: { interactions: readonly Interaction[] }) {
  return (
    <>
      {interactions.length === 0 && <Text c="dimmed">Nothing logged yet.</Text>}
      <ol aria-label="Timeline" className={classes.list}>
        {newestFirst(interactions).map((interaction) => (
          <li key={interaction.id} className={classes.item}>
            <Badge variant="light">{KIND_LABELS[interaction.kind]}</Badge>
            <Text size="sm" component="time" dateTime={new Date(interaction.occurredAt).toISOString()}>
              {formatDateTime(interaction.occurredAt)}
            </Text>
            <Text size="sm" fw={600} ta="right">
              {interaction.amountMinor === null ? '' : formatMoney(interaction.amountMinor)}
            </Text>
            {interaction.note && (
              <Text size="sm" className={classes.note}>
                {interaction.note}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
